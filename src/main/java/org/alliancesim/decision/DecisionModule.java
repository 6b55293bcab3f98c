package org.alliancesim.decision;

import org.alliancesim.world.WorldView;

/**
 * A theory of alignment as a pure function of the world: how much state i wants to commit to
 * state j, in [0,1]. A module reads the {@link WorldView} and nothing else, writes nothing, and
 * names no particular state, so it works on any scenario.
 */
public interface DecisionModule {

    /** The theory's name as used on the command line and in scenario files. */
    String name();

    /**
     * The desired commitment of i toward j, in [0,1], writing the factors behind it to
     * {@code out}. Zero when {@code i == j}.
     */
    double decide(WorldView world, int i, int j, Factors out);

    /** The desired commitment alone (the hot path). */
    default double desire(WorldView world, int i, int j) {
        return decide(world, i, j, Factors.NONE);
    }

    /**
     * State i's desires toward every state, into {@code row} (0 toward itself): what the decision
     * phase calls once per state. A module may override it with the same loop in its own class, so
     * that the call to {@link #decide} inside is monomorphic and the JIT can inline it (one
     * interface dispatch per row instead of one per dyad); the numbers must not change.
     */
    default void desires(WorldView world, int i, double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = i == j ? 0 : desire(world, i, j);
        }
    }

    /**
     * Whether the desire may read the gains a state expects or sees delivered ({@code gain},
     * {@code delivered} of the view): true unless the module never does, whose desires the gains
     * then cannot move (cause attribution skips their trial, which would recover nothing).
     */
    default boolean readsGains() {
        return true;
    }

    /** The desired commitment and the factors behind it. */
    default Explanation explain(WorldView world, int i, int j) {
        Explanation.Collector c = new Explanation.Collector();
        double d = decide(world, i, j, c);
        return new Explanation(d, c.factors());
    }

    /** The logistic function 1/(1+exp(-(x - threshold)/steepness)). */
    static double logistic(double x, double threshold, double steepness) {
        return 1.0 / (1.0 + Math.exp(-(x - threshold) / steepness));
    }

    /** A saturating response x/(x + half): 0 at 0, one half at {@code half}, toward 1 beyond. */
    static double saturate(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }
}
