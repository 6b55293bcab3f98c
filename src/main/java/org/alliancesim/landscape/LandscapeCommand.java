package org.alliancesim.landscape;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code landscape} command: finds the stable two-bloc alignments predicted by Axelrod and
 * Bennett's landscape theory of aggregation (BJPolS 23(2), 1993) for actors given in two CSV
 * files, prints the global minimum as two lists of actors, and writes {@code minima.csv} and
 * {@code frustration.csv} (see {@link LandscapeFiles}).
 *
 * <p>Up to {@value ExactEnumerator#MAX_ACTORS} actors are enumerated exactly; larger inputs use
 * {@code --starts} steepest descents from random configurations seeded by {@code --seed}.
 * Exit status: 0 on success, 2 on bad input or options (the message names the file, line and
 * field, and no output folder is created), 1 if the output cannot be written. Output is first
 * written to a temporary folder beside {@code --out} and moved into place only when complete.
 *
 * <p>Subclasses may take the landscape from elsewhere by overriding {@link #landscape()} (the
 * command line registers {@code org.alliancesim.cli.LandscapeScenarioCommand}, which can also
 * derive it from a scenario); this package knows nothing of scenarios.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = {
            "Axelrod & Bennett (1993) landscape theory of aggregation.",
            "Splits the actors into two blocs, lists every local minimum of the",
            "energy landscape with its basin of attraction, and prints the global",
            "minimum. Exact for up to 25 actors, many-start descent beyond that."
        })
public class LandscapeCommand implements Callable<Integer> {

    static final String TEMP_PREFIX = ".alliance-sim-tmp-landscape-";

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "FILE",
            description = "CSV with header actor,size: one line per actor, size >= 0.")
    protected Path sizes;

    @Option(names = "--propensities", paramLabel = "FILE",
            description = "CSV square symmetric matrix: header row of actor names, each row starting with its actor.")
    protected Path propensities;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/landscape",
            description = "Output folder for minima.csv and frustration.csv (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "10000",
            description = "Random starts of the descent search, used above 25 actors (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the descent search (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (starts < 1) {
            err.println("landscape: --starts must be at least 1, got " + starts);
            return 2;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("landscape: --out " + out + " exists and is not a folder");
            return 2;
        }
        Landscape landscape;
        try {
            landscape = landscape();
        } catch (LandscapeInputException e) {
            err.println("landscape: " + e.getMessage());
            return 2;
        }
        LandscapeResult result = LandscapeSolver.solve(landscape, starts, seed);
        try {
            publish(result, writesInputs() ? landscape : null, out);
        } catch (IOException e) {
            err.println("landscape: cannot write results to " + out + ": " + e);
            return 1;
        }
        report(result, spec.commandLine().getOut());
        return 0;
    }

    /**
     * The landscape to analyse: here, the one in {@code --sizes} and {@code --propensities}.
     *
     * @return the landscape
     * @throws LandscapeInputException if the input is missing or bad (exit status 2)
     */
    protected Landscape landscape() throws LandscapeInputException {
        if (sizes == null || propensities == null) {
            throw new LandscapeInputException("give both --sizes FILE and --propensities FILE");
        }
        return LandscapeFiles.read(sizes, propensities);
    }

    /** @return the {@code --seed} option */
    protected long seed() {
        return seed;
    }

    /** @return whether to write the analysed landscape too, as sizes.csv and propensities.csv */
    protected boolean writesInputs() {
        return false;
    }

    /** Writes into a temporary folder beside {@code dir}, then moves the files into place. */
    static void publish(LandscapeResult result, Path dir) throws IOException {
        publish(result, null, dir);
    }

    /**
     * As {@link #publish(LandscapeResult, Path)}, also writing {@code inputs} (when not null) as
     * {@value LandscapeFiles#SIZES_CSV} and {@value LandscapeFiles#PROPENSITIES_CSV}.
     */
    static void publish(LandscapeResult result, Landscape inputs, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, TEMP_PREFIX);
        try {
            LandscapeFiles.write(result, temp);
            List<String> files = new ArrayList<>(List.of(LandscapeFiles.MINIMA_CSV, LandscapeFiles.FRUSTRATION_CSV));
            if (inputs != null) {
                LandscapeFiles.writeInputs(inputs, temp);
                files.addAll(List.of(LandscapeFiles.SIZES_CSV, LandscapeFiles.PROPENSITIES_CSV));
            }
            if (Files.notExists(target)) {
                move(temp, target);
            } else {
                for (String f : files) {
                    move(temp.resolve(f), target.resolve(f));
                }
            }
        } finally {
            if (Files.exists(temp)) {
                for (String f : List.of(LandscapeFiles.MINIMA_CSV, LandscapeFiles.FRUSTRATION_CSV,
                        LandscapeFiles.SIZES_CSV, LandscapeFiles.PROPENSITIES_CSV)) {
                    Files.deleteIfExists(temp.resolve(f));
                }
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void report(LandscapeResult result, PrintWriter outWriter) {
        List<String> actors = result.actors();
        if (result.method() == LandscapeResult.Method.EXACT) {
            outWriter.printf("Landscape of %d actors: exact enumeration of all %d configurations.%n",
                    actors.size(), result.samples());
        } else {
            outWriter.printf("Landscape of %d actors: steepest descent from %d random starts (seed %d);"
                    + " basins are shares of starts.%n", actors.size(), result.samples(), seed);
        }
        LocalMinimum best = result.globalMinimum();
        outWriter.printf("%s (energy %s, basin %s):%n",
                result.method() == LandscapeResult.Method.EXACT ? "Global minimum" : "Lowest minimum found",
                CsvNumbers.format(best.energy()), CsvNumbers.format(best.basin()));
        outWriter.println("  Side A: " + members(best, actors, Side.A));
        outWriter.println("  Side B: " + members(best, actors, Side.B));
        outWriter.println("Local minima" + (result.method() == LandscapeResult.Method.EXACT ? "" : " found")
                + ": " + result.minima().size());
        outWriter.println("Wrote " + out.resolve(LandscapeFiles.MINIMA_CSV) + " and "
                + out.resolve(LandscapeFiles.FRUSTRATION_CSV)
                + (writesInputs() ? " (the landscape itself: " + LandscapeFiles.SIZES_CSV + ", "
                + LandscapeFiles.PROPENSITIES_CSV + ")" : ""));
        outWriter.flush();
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
