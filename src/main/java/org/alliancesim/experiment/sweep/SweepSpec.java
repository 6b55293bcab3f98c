package org.alliancesim.experiment.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.experiment.design.Design;
import org.alliancesim.scenario.NodePath;
import org.alliancesim.scenario.ScenarioTemplate;

/**
 * A sweep, as loaded from its file: the base scenario, the theories, the varied parameters and
 * their design, and how many seeded runs of how many steps each point gets.
 *
 * @param name short name (for the default output folder)
 * @param file the sweep file as the user named it
 * @param fingerprint hash of the sweep file and the base scenario: a resumed sweep must match it
 * @param base the base scenario (possibly with uncertain inputs)
 * @param theories the focal states' decision modules, run at every point
 * @param parameters the varied inputs, in file order
 * @param design the points
 * @param replications seeded runs per point and theory
 * @param steps steps per run
 * @param seed the sweep's seed; run seeds derive from it and the run's point and replication
 * @param chunkRuns about how many runs each journal chunk holds (resume granularity)
 */
public record SweepSpec(String name, String file, String fingerprint, ScenarioTemplate base, List<String> theories,
                        List<SweepParameter> parameters, Design design, int replications, int steps, long seed,
                        int chunkRuns) {

    public SweepSpec {
        theories = List.copyOf(theories);
        parameters = List.copyOf(parameters);
    }

    /** Runs at one point: every theory's replications. */
    public int runsPerPoint() {
        return theories.size() * replications;
    }

    /** The values of a point as path overrides for {@link ScenarioTemplate#resolve}. */
    public Map<NodePath, Double> overrides(double[] point) {
        Map<NodePath, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < parameters.size(); k++) {
            out.put(parameters.get(k).path(), point[k]);
        }
        return out;
    }
}
