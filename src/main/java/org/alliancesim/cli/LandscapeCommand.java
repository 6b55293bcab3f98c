package org.alliancesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alliancesim.landscape.ExactEnumerator;
import org.alliancesim.landscape.Landscape;
import org.alliancesim.landscape.LandscapeFiles;
import org.alliancesim.landscape.LandscapeInputException;
import org.alliancesim.landscape.LandscapeResult;
import org.alliancesim.landscape.LandscapeSolver;
import org.alliancesim.landscape.LocalMinimum;
import org.alliancesim.landscape.Side;
import org.alliancesim.model.ScenarioLandscape;
import org.alliancesim.output.OutputException;
import org.alliancesim.output.OutputFolder;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landscape}: the stable two-bloc alignments of Axelrod and Bennett's landscape theory of
 * aggregation (BJPolS 23(2), 1993) for actors given in two CSV files ({@code --sizes},
 * {@code --propensities}) or derived from a scenario ({@code --scenario FILE [--step T]}: sizes
 * from aggregate power, propensities from shared threat, gains and mutual threat; see
 * docs/landscape.md). Prints the global minimum as two lists of actors and writes
 * {@code minima.csv} and {@code frustration.csv} (see {@link LandscapeFiles}), plus the derived
 * landscape as sizes.csv and propensities.csv with {@code --scenario}, so it can be edited and
 * analysed again.
 *
 * <p>Up to {@value ExactEnumerator#MAX_ACTORS} actors are enumerated exactly. Beyond that,
 * {@code --starts} steepest descents from random configurations seeded by {@code --seed} give the
 * minima and their basins, and a branch and bound of at most {@code --nodes} nodes proves the
 * global minimum. Errors go through {@link Errors}: bad input exits 2 (naming file, line and
 * field; no output folder is made), an output that cannot be written exits 3.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = {
            "Axelrod & Bennett (1993) landscape theory of aggregation.",
            "Splits the actors into two blocs, lists every local minimum of the",
            "energy landscape with its basin of attraction, and prints the global",
            "minimum. Exact for up to 25 actors; beyond that, many-start descent for",
            "the minima and basins and branch and bound to prove the global minimum.",
            "Input: --sizes and --propensities, or --scenario (the landscape the",
            "simulation derives from the scenario's world at --step)."
        })
public final class LandscapeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "FILE",
            description = "CSV with header actor,size: one line per actor, size 0 to 1e15.")
    Path sizes;

    @Option(names = "--propensities", paramLabel = "FILE",
            description = "CSV square symmetric matrix, values -1e15 to 1e15: header row of actor names, "
                    + "each row starting with its actor.")
    Path propensities;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Derive the landscape from this scenario instead of --sizes and --propensities "
                    + "(uncertain inputs at their medians).")
    Path scenario;

    @Option(names = "--step", paramLabel = "T", defaultValue = "0",
            description = "With --scenario: the step whose world is used (default: ${DEFAULT-VALUE}); "
                    + "after step 0 perception noise follows --seed.")
    int step;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/landscape",
            description = "Output folder for minima.csv and frustration.csv (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "10000",
            description = "Random starts of the descent search, used above 25 actors (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the descent search (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "500000000",
            description = "Branch-and-bound nodes allowed for proving the global minimum above 25 actors "
                    + "(default: ${DEFAULT-VALUE}, about a minute at most).")
    long nodes;

    @Override
    public Integer call() throws InputException, OutputException, ScenarioException {
        if (starts < 1) {
            throw new InputException("--starts must be at least 1, got " + starts);
        }
        if (nodes < 1) {
            throw new InputException("--nodes must be at least 1, got " + nodes);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputException("--out " + out + " exists and is not a folder");
        }
        Landscape landscape = landscape();
        LandscapeResult result = LandscapeSolver.solve(landscape, starts, seed, nodes);
        try {
            LandscapeFiles.publish(result, scenario != null ? landscape : null, out);
        } catch (IOException e) {
            throw OutputFolder.writeError(out, e);
        }
        report(result, spec.commandLine().getOut());
        return 0;
    }

    private Landscape landscape() throws InputException, ScenarioException {
        try {
            if (scenario == null) {
                if (sizes == null || propensities == null) {
                    throw new InputException("give both --sizes FILE and --propensities FILE, or --scenario FILE");
                }
                return LandscapeFiles.read(sizes, propensities);
            }
            if (sizes != null || propensities != null) {
                throw new InputException("give either --scenario or --sizes and --propensities, not both");
            }
            // opened as run and validate open it: a scenario with uncertain inputs gives its median world
            Scenario s = ScenarioTemplate.load(scenario).median(java.util.Map.of());
            int last = s.time().steps() - 1;
            if (step < 0 || step > last) {
                throw new InputException("--step must be 0 to " + last + " (" + scenario
                        + " time.steps is " + s.time().steps() + "), got " + step);
            }
            try {
                return ScenarioLandscape.at(s, step, seed);
            } catch (IllegalArgumentException e) {
                // a world whose sizes or propensities lie beyond the landscape's bounds
                throw new InputException(scenario + ": the landscape at step " + step + " cannot be analysed: "
                        + e.getMessage());
            }
        } catch (LandscapeInputException e) {
            throw new InputException(e.getMessage());
        }
    }

    private void report(LandscapeResult result, PrintWriter w) {
        List<String> actors = result.actors();
        boolean exact = result.method() == LandscapeResult.Method.EXACT;
        if (exact) {
            w.printf("Landscape of %d actors: exact enumeration of all %d configurations.%n",
                    actors.size(), result.samples());
        } else {
            w.printf("Landscape of %d actors: steepest descent from %d random starts (seed %d);"
                    + " basins are shares of starts.%n", actors.size(), result.samples(), seed);
        }
        LocalMinimum best = result.globalMinimum();
        String title = exact ? "Global minimum"
                : result.globalProven() ? "Global minimum, proven by branch and bound in " + result.proofNodes() + " nodes"
                : "Lowest minimum found";
        w.printf("%s (energy %s, basin %s):%n", title, LandscapeFiles.number(best.energy()), LandscapeFiles.number(best.basin()));
        w.println("  Side A: " + members(best, actors, Side.A));
        w.println("  Side B: " + members(best, actors, Side.B));
        if (!exact && !result.globalProven()) {
            w.println("Not proven global: the branch and bound used all " + nodes
                    + " nodes of --nodes; give more to prove it.");
        }
        w.println("Local minima" + (exact ? "" : " found") + ": " + result.minima().size());
        w.println("Wrote " + out.resolve(LandscapeFiles.MINIMA_CSV) + " and "
                + out.resolve(LandscapeFiles.FRUSTRATION_CSV)
                + (scenario != null ? " (the landscape itself: " + LandscapeFiles.SIZES_CSV + ", "
                + LandscapeFiles.PROPENSITIES_CSV + ")" : ""));
        w.flush();
    }

    private static String members(LocalMinimum m, List<String> actors, Side side) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            if (m.side(i) == side) {
                names.add(actors.get(i));
            }
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
