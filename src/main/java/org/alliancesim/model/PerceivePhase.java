package org.alliancesim.model;

import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.WorldInputs;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 1 (ordering 0): events move the inputs, perceptions follow with memory and seeded noise
 * ({@link Perception}), states learn from the previous step's behaviour ({@link Learning}), and the
 * world is assessed (power, proximity, threat) against the previous step's ties; when a state uses
 * the {@code landscape} module, the blocs then move ({@link BlocDynamics}). Owns the assessment
 * and the blocs; reads the ties and desires of the previous step, which it does not change.
 */
final class PerceivePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient WorldInputs inputs;
    private final transient Signals signals;
    private final transient EventSchedule events;
    private final transient TieBook ties;
    private final transient BlocDynamics blocs = new BlocDynamics();
    /** Perception and learning, a perceiver's row at a time. */
    private final transient PerceiveRow rows;
    private transient Parameters params;
    private transient Assessment view;
    private transient boolean blocsOn;
    /** The run's perception noise ({@link #noise(PerceptionNoise)}). */
    private transient PerceptionNoise noise;
    private transient int step;

    /**
     * @param ties the ties, which the assessment reads (as the previous step left them)
     * @param desire the desires, which learning reads (as the previous step left them)
     */
    PerceivePhase(WorldInputs inputs, Signals signals, EventSchedule events, TieBook ties, double[][] desire) {
        this.inputs = inputs;
        this.signals = signals;
        this.events = events;
        this.ties = ties;
        this.rows = new PerceiveRow(inputs, signals, ties, desire);
    }

    /**
     * Takes these parameters from now on: the assessment is rebuilt from the current inputs (the
     * world is kept); the blocs are kept while some state uses the landscape module.
     *
     * @return the new assessment
     */
    Assessment use(Parameters p, boolean landscapeModule) {
        params = p;
        view = new Assessment(inputs, p.threat(), p.proximity(), p.power(), p.alliances());
        blocsOn = landscapeModule;
        if (blocsOn) {
            blocs.showTo(view);
        } else {
            blocs.reset();
        }
        return view;
    }

    /** Draws perception noise from this source from now on (the model's, at its start). */
    void noise(PerceptionNoise source) {
        noise = source;
    }

    /** The assessment of the current step. */
    Assessment view() {
        return view;
    }

    /** The step being taken, or the last one taken (0 before the first). */
    int step() {
        return step;
    }

    /** One step's perception and assessment (step 0: events and assessment only). */
    void run(int step, PerceptionNoise random) {
        this.step = step;
        events.apply(step, inputs, signals);
        if (step > 0) {
            // perception, then learning from the previous step (the view is still its assessment),
            // perceiver by perceiver: the draws in order
            var perception = params.perception();
            var learning = params.learning();
                        for (int i = 0; i < inputs.size(); i++) {
                rows.update(i, perception, learning, view, random);
            }
        }
        view.recompute(ties);
        if (blocsOn) {
            blocs.advance(view, params.landscape());
        }
    }

    void runRowsOnly(PerceptionNoise random) {
        var perception = params.perception();
        var learning = params.learning();
                for (int i = 0; i < inputs.size(); i++) {
            rows.update(i, perception, learning, view, random);
        }
    }

    @Override
    public void step(SimState state) {
        run(AllianceModel.stepOf(state), noise);
    }
}
