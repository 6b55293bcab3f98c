package org.alliancesim.experiment;

import java.util.List;
import org.alliancesim.scenario.Scenario;

/**
 * One invocation of {@code run}: a scenario, the theories to give its focal states, how many
 * seeded replications of each, for how many steps, on how many threads, recording what.
 */
public record RunRequest(Scenario scenario, List<String> theories, int replications, long seed, int steps,
                         int threads, RecordMode record) {
    public RunRequest {
        theories = List.copyOf(theories);
        if (replications < 1 || steps < 1 || threads < 1) {
            throw new IllegalArgumentException("replications, steps and threads must be at least 1");
        }
    }

    public int runs() {
        return theories.size() * replications;
    }
}
