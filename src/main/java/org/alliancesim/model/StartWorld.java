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
 * built by one thread while the others wait for it.
 */
final class StartWorld {
    private static SoftReference<StartWorld> last = new SoftReference<>(null);

    private final Scenario scenario;
    /** Read only: copied, never written. */
    private final WorldInputs inputs;
    private final Signals signals;

    private StartWorld(Scenario scenario, WorldInputs inputs, Signals signals) {
        this.scenario = scenario;
        this.inputs = inputs;
        this.signals = signals;
    }

    /** The world {@code factory} builds for {@code scenario} (the same instance while it is the last one asked for). */
    static synchronized StartWorld of(Scenario scenario, WorldFactory factory) {
        StartWorld w = last.get();
        if (w == null || w.scenario != scenario) {
            Signals s = new Signals(scenario.states().size());
            w = new StartWorld(scenario, factory.build(s), s);
            last = new SoftReference<>(w);
        }
        return w;
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
