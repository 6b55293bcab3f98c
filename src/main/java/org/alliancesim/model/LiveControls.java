package org.alliancesim.model;

import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.WorldInputs;

/**
 * What a live display may change in a running model, between steps only (the GUI's controls):
 * the world's inputs and signals, a state's ruling faction or decision module, the model's
 * assumptions, and the scheduled events. Each change acts from the next step on; the model's own
 * phases never call it. One per {@link AllianceModel#start()}.
 */
public final class LiveControls {
    private final AllianceModel model;
    private final Scenario scenario;
    private final WorldInputs inputs;
    private final Signals signals;
    private final WorldFactory factory;
    private final String[] regimes;
    private final EventSchedule events;
    private final ModuleChoice choice;

    LiveControls(AllianceModel model, WorldInputs inputs, Signals signals, WorldFactory factory, String[] regimes,
                 EventSchedule events, ModuleChoice choice) {
        this.model = model;
        this.scenario = model.scenario();
        this.inputs = inputs;
        this.signals = signals;
        this.factory = factory;
        this.regimes = regimes;
        this.events = events;
        this.choice = choice;
    }

    /** The mutable inputs. */
    public WorldInputs inputs() {
        return inputs;
    }

    /** Sets the intent signal i's elites read in j (perception follows it). */
    public void setIntentSignal(int i, int j, double v) {
        signals.intent[i][j] = v;
    }

    public double intentSignal(int i, int j) {
        return signals.intent[i][j];
    }

    /**
     * Sets the share of expected gains j's conduct signals it delivers to i (perception follows
     * it): Schweller's S2, gains not delivered.
     */
    public void setDeliveredSignal(int i, int j, double v) {
        signals.delivered[i][j] = v;
    }

    public double deliveredSignal(int i, int j) {
        return signals.delivered[i][j];
    }

    /**
     * Switches the model's assumptions: modules and assessment are rebuilt; the state of the
     * world and the ties are kept.
     */
    public void applyParameters(Parameters p) {
        model.use(p);
    }

    /**
     * Switches state i to another decision module from the next decision on, keeping the world and
     * the ties. The choice holds until {@link AllianceModel#start()}.
     *
     * @throws IllegalArgumentException if no theory has that name
     */
    public void setModule(int i, String theory) {
        choice.choose(i, theory);
        model.use(model.scenario().parameters()); // rebuilds the modules (and bloc bookkeeping) with it
    }

    /**
     * Brings one of state i's declared factions to power now, as a scenario's regime event does at
     * its end (Walt's W5, domestic change).
     *
     * @throws IllegalArgumentException if the scenario declares no such faction for state i
     */
    public void installRegime(int i, String faction) {
        if (!scenario.states().get(i).factions().containsKey(faction)) {
            throw new IllegalArgumentException("state " + scenario.states().get(i).id() + " has no faction '" + faction + "'");
        }
        factory.installFaction(inputs, signals, i, regimes[i], faction);
        regimes[i] = faction;
    }

    /**
     * Schedules one more event in this run, applied from its first step exactly as a scenario
     * file's event is (the GUI fires the scenario library's events this way). Its steps are
     * absolute; an event whose ramp has already passed does nothing.
     */
    public void addEvent(EventSpec e) {
        events.add(e, inputs);
    }

    /**
     * Drops a scheduled event (one of the scenario's or one added) from the rest of this run,
     * leaving whatever it has already moved; whether it was scheduled. The GUI's teacher
     * overrides hold this way.
     */
    public boolean cancelEvent(EventSpec e) {
        return events.cancel(e);
    }
}
