package org.alliancesim.cli;

import picocli.CommandLine.Option;

/**
 * The options every command that runs many replications shares ({@code run}, {@code compare},
 * {@code sweep}), as a picocli mixin: how many threads, and whether to show progress.
 */
final class RunnerOptions {

    @Option(names = "--threads", paramLabel = "K", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--all-states", description = "Give each --theory to every state, not only the scenario's focal states"
            + " (the scenario's own theoryScope: all does the same).")
    boolean allStates;

    /** The scenario template with the theory scope these options ask for. */
    org.alliancesim.scenario.ScenarioTemplate scoped(org.alliancesim.scenario.ScenarioTemplate t) {
        return allStates ? t.withTheoryScope(org.alliancesim.scenario.Scenario.TheoryScope.ALL) : t;
    }

    /** The thread count asked for, or all cores. */
    int threads() throws InputException {
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (k < 1) {
            throw new InputException("--threads must be at least 1, got " + k);
        }
        return k;
    }
}
