package org.alliancesim.model;

import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.LastBuilt;
import org.alliancesim.world.WorldInputs;

/**
 * A scenario's world at step 0 (its inputs with the ruling factions installed, and the signals
 * they start from), built once and copied for each run: the theories' runs and the replications
 * of a {@code run} all start from the same world, and copying its matrices costs a fraction of
 * building them again from the scenario's maps (a world of 194 states has 37,442 pairs). Each run
 * gets its own deep copy, which it owns and writes; the original is never handed out, so nothing
 * mutable is shared between runs or threads. The last scenario's world is kept
 * ({@link LastBuilt}): the first run that asks for it builds it while the other runs of that
 * scenario wait for it.
 */
final class StartWorld {
    /** The last scenario's world (the same scenario instance: a command's runs share it). */
    private static final LastBuilt<Scenario, StartWorld> LAST = new LastBuilt<>() {
        @Override
        protected boolean same(Scenario a, Scenario b) {
            return a == b;
        }
    };

    /** Read only: copied, never written. */
    private final WorldInputs inputs;
    private final Signals signals;

    private StartWorld(WorldInputs inputs, Signals signals) {
        this.inputs = inputs;
        this.signals = signals;
    }

    /** The world {@code factory} builds for {@code scenario} (the same instance while it is the last one asked for). */
    static StartWorld of(Scenario scenario, WorldFactory factory) {
        return LAST.get(scenario, sc -> {
            Signals s = new Signals(sc.states().size());
            return new StartWorld(factory.build(s), s);
        });
    }

    /**
     * A deep copy of the inputs, writable, with the same values and write counts (and, like a
     * world just built, no row frozen yet), and the starting signals copied into {@code into}.
     */
    WorldInputs copy(Signals into) {
        for (int i = 0; i < signals.intent.length; i++) {
            System.arraycopy(signals.intent[i], 0, into.intent[i], 0, signals.intent[i].length);
            System.arraycopy(signals.delivered[i], 0, into.delivered[i], 0, signals.delivered[i].length);
        }
        return new WorldInputs(inputs);
    }
}
