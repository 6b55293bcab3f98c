package org.alliancesim.landscape;

/**
 * Where the simulation's two blocs begin (scenario key {@code parameters.landscape.start}).
 * Axelrod and Bennett (BJPolS 23(2), 1993) let myopic actors switch sides from any
 * configuration; which local minimum is reached depends on where the walk starts.
 */
public enum BlocStart {
    /**
     * Everyone on one side (energy zero): the blocs form step by step, one frustration-reducing
     * switch at a time, and the run shows the walk into a local minimum.
     */
    TOGETHER,
    /**
     * The global minimum of the first step's landscape, found exactly by {@link ExactEnumerator}
     * for up to {@value ExactEnumerator#MAX_ACTORS} states and by {@link BranchAndBound} beyond
     * that (within a budget of {@value Blocs#START_NODES} nodes; if it runs out, the best split
     * found, walked down to a local minimum). The blocs then move only when events reshape the
     * landscape.
     */
    GLOBAL_MINIMUM
}
