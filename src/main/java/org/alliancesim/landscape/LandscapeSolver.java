package org.alliancesim.landscape;

import java.util.Map;

/**
 * Chooses how to analyse a landscape (Axelrod and Bennett, BJPolS 23(2), 1993): exact
 * enumeration with {@link ExactEnumerator} for up to {@value ExactEnumerator#MAX_ACTORS} actors;
 * beyond that, many-start steepest descent with {@link DescentSearcher} for the minima and their
 * basins, and {@link BranchAndBound} for the global minimum, proven unless its node budget runs
 * out.
 */
public final class LandscapeSolver {

    /** Default node budget of the branch and bound: about a minute on a 2020s core at worst. */
    public static final long DEFAULT_NODES = 500_000_000L;

    private LandscapeSolver() {
    }

    /**
     * @param landscape the landscape
     * @param starts    random starts for the descent search (ignored when exact)
     * @param seed      seed for the descent search (ignored when exact)
     * @return the local minima, lowest energy first
     */
    public static LandscapeResult solve(Landscape landscape, int starts, long seed) {
        return solve(landscape, starts, seed, DEFAULT_NODES);
    }

    /**
     * @param landscape  the landscape
     * @param starts     random starts for the descent search (ignored when exact)
     * @param seed       seed for the descent search (ignored when exact)
     * @param nodeBudget branch-and-bound nodes allowed for the global minimum (ignored when exact)
     * @return the local minima, lowest energy first; the global minimum is among them, marked
     *         proven, when the branch and bound finished; a minimum that only the branch and bound
     *         reached has a basin of 0 (no start ended there)
     */
    public static LandscapeResult solve(Landscape landscape, int starts, long seed, long nodeBudget) {
        if (landscape.actorCount() <= ExactEnumerator.MAX_ACTORS) {
            return new ExactEnumerator().enumerate(landscape);
        }
        DescentSearcher descent = new DescentSearcher(starts, seed);
        Map<Configuration, Long> counts = descent.counts(landscape);
        BranchAndBound.Outcome best = new BranchAndBound(nodeBudget).solve(landscape);
        // an unproven incumbent need not be a local minimum: walk it down first
        SwitchGains gains = new SwitchGains(landscape, best.configuration().onB());
        DescentSearcher.descend(gains, landscape.tolerance());
        counts.merge(gains.configuration(), 0L, Long::sum);
        return LandscapeResult.fromCounts(landscape, LandscapeResult.Method.DESCENT, counts, descent.starts(),
                best.proven(), best.nodes());
    }
}
