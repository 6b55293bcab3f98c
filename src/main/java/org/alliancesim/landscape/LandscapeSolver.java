package org.alliancesim.landscape;

/**
 * Chooses how to analyse a landscape (Axelrod and Bennett, BJPolS 23(2), 1993): exact
 * enumeration with {@link ExactEnumerator} for up to {@value ExactEnumerator#MAX_ACTORS} actors,
 * otherwise many-start steepest descent with {@link DescentSearcher}.
 */
public final class LandscapeSolver {

    private LandscapeSolver() {
    }

    /**
     * @param landscape the landscape
     * @param starts    random starts for the descent search (ignored when exact)
     * @param seed      seed for the descent search (ignored when exact)
     * @return the local minima, lowest energy first
     */
    public static LandscapeResult solve(Landscape landscape, int starts, long seed) {
        if (landscape.actorCount() <= ExactEnumerator.MAX_ACTORS) {
            return new ExactEnumerator().enumerate(landscape);
        }
        return new DescentSearcher(starts, seed).search(landscape);
    }
}
