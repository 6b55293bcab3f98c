package org.alliancesim.cli;

import java.nio.file.Path;
import org.alliancesim.landscape.Landscape;
import org.alliancesim.landscape.LandscapeCommand;
import org.alliancesim.landscape.LandscapeInputException;
import org.alliancesim.model.ScenarioLandscape;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code landscape} command with one more source: {@code --scenario FILE [--step T]} analyses
 * the landscape the simulation derives from a scenario at step T (sizes from aggregate power,
 * propensities from shared threat, gains and mutual threat; see docs/landscape.md), and writes it
 * beside the minima as sizes.csv and propensities.csv so it can be edited and analysed again.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = {
            "Axelrod & Bennett (1993) landscape theory of aggregation.",
            "Splits the actors into two blocs, lists every local minimum of the",
            "energy landscape with its basin of attraction, and prints the global",
            "minimum. Exact for up to 25 actors, many-start descent beyond that.",
            "Input: --sizes and --propensities, or --scenario (the landscape the",
            "simulation derives from the scenario's world at --step)."
        })
public final class LandscapeScenarioCommand extends LandscapeCommand {

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Derive the landscape from this scenario instead of --sizes and --propensities.")
    Path scenario;

    @Option(names = "--step", paramLabel = "T", defaultValue = "0",
            description = "With --scenario: the step whose world is used (default: ${DEFAULT-VALUE}); "
                    + "after step 0 perception noise follows --seed.")
    int step;

    @Override
    protected Landscape landscape() throws LandscapeInputException {
        if (scenario == null) {
            return super.landscape();
        }
        if (sizes != null || propensities != null) {
            throw new LandscapeInputException("give either --scenario or --sizes and --propensities, not both");
        }
        Scenario s;
        try {
            s = ScenarioLoader.load(scenario);
        } catch (ScenarioException e) {
            throw new LandscapeInputException(e.getMessage(), e);
        }
        int last = s.time().steps() - 1;
        if (step < 0 || step > last) {
            throw new LandscapeInputException("--step must be 0 to " + last + " (" + scenario
                    + " time.steps is " + s.time().steps() + "), got " + step);
        }
        return ScenarioLandscape.at(s, step, seed());
    }

    @Override
    protected boolean writesInputs() {
        return scenario != null;
    }
}
