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
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = {
            "Axelrod & Bennett (1993) landscape theory of aggregation.",
            "Splits the actors into two blocs, lists every local minimum of the",
            "energy landscape with its basin of attraction, and prints the global",
            "minimum. Exact for up to 25 actors, many-start descent beyond that."
        })
public final class LandscapeCommand implements Callable<Integer> {

    static final String TEMP_PREFIX = ".alliance-sim-tmp-landscape-";

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", required = true, paramLabel = "FILE",
            description = "CSV with header actor,size: one line per actor, size >= 0.")
    Path sizes;

    @Option(names = "--propensities", required = true, paramLabel = "FILE",
            description = "CSV square symmetric matrix: header row of actor names, each row starting with its actor.")
    Path propensities;

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
            landscape = LandscapeFiles.read(sizes, propensities);
        } catch (LandscapeInputException e) {
            err.println("landscape: " + e.getMessage());
            return 2;
        }
        LandscapeResult result = LandscapeSolver.solve(landscape, starts, seed);
        try {
            publish(result, out);
        } catch (IOException e) {
            err.println("landscape: cannot write results to " + out + ": " + e);
            return 1;
        }
        report(result, spec.commandLine().getOut());
        return 0;
    }

    /** Writes into a temporary folder beside {@code dir}, then moves the files into place. */
    static void publish(LandscapeResult result, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, TEMP_PREFIX);
        try {
            LandscapeFiles.write(result, temp);
            if (Files.notExists(target)) {
                move(temp, target);
            } else {
                move(temp.resolve(LandscapeFiles.MINIMA_CSV), target.resolve(LandscapeFiles.MINIMA_CSV));
                move(temp.resolve(LandscapeFiles.FRUSTRATION_CSV), target.resolve(LandscapeFiles.FRUSTRATION_CSV));
            }
        } finally {
            if (Files.exists(temp)) {
                Files.deleteIfExists(temp.resolve(LandscapeFiles.MINIMA_CSV));
                Files.deleteIfExists(temp.resolve(LandscapeFiles.FRUSTRATION_CSV));
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
                + out.resolve(LandscapeFiles.FRUSTRATION_CSV));
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
