package org.alliancesim.model;

import java.lang.ref.SoftReference;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.WorldInputs;

/**
 * A scenario's world at step 0 (its inputs with the ruling factions installed, and the signals
 * they start from), built once and copied for each run: the theories' runs and the replications
 * of a {@code run} all start from the same world, and copying its matrices costs a fraction of
 * building them again from the scenario's maps (a world of 194 states has 37,442 pairs). Each run
 * gets its own deep copy, which it owns and writes; the original is never handed out, so nothing
 * mutable is shared between runs or threads. The last scenario's world is kept, softly; it is
 * built by the first run that asks for it while the other runs of that scenario wait for it, and
 * runs of another scenario (a sweep's other points) neither wait for it nor are waited for.
 */
final class StartWorld {
    /** Guards {@link #last} only: no world is built while it is held. */
    private static final Object LAST = new Object();
    private static SoftReference<Slot> last = new SoftReference<>(null);

    /** One scenario's world, built once by the first run that asks for it. */
    private static final class Slot {
        private final Scenario scenario;
        private StartWorld world;

        Slot(Scenario scenario) {
            this.scenario = scenario;
        }

        synchronized StartWorld world(WorldFactory factory) {
            if (world == null) {
                Signals s = new Signals(scenario.states().size());
                world = new StartWorld(factory.build(s), s);
            }
            return world;
        }
    }

    /** Read only: copied, never written. */
    private final WorldInputs inputs;
    private final Signals signals;

    private StartWorld(WorldInputs inputs, Signals signals) {
        this.inputs = inputs;
        this.signals = signals;
    }

    /** The world {@code factory} builds for {@code scenario} (the same instance while it is the last one asked for). */
    static StartWorld of(Scenario scenario, WorldFactory factory) {
        Slot slot;
        synchronized (LAST) {
            slot = last.get();
            if (slot == null || slot.scenario != scenario) {
                slot = new Slot(scenario);
                last = new SoftReference<>(slot);
            }
        }
        return slot.world(factory);
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
