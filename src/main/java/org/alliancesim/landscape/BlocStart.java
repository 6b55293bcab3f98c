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
     * for up to {@value ExactEnumerator#MAX_ACTORS} states (beyond that, steepest descent from
     * {@link #TOGETHER}). The blocs then move only when events reshape the landscape.
     */
    GLOBAL_MINIMUM
}
