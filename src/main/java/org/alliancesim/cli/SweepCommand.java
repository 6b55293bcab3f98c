package org.alliancesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancesim.NewFiles;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;
import org.alliancesim.output.OutputException;
import org.alliancesim.output.OutputLock;
import org.alliancesim.output.SweepOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sweep}: a parameter sweep with seeded replications, survival curves and sensitivity.
 * Finished chunks of runs are journaled in a work folder beside {@code --out}, so a sweep killed
 * at any moment finishes with {@code --resume} exactly as if it had never stopped.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a parameter sweep (grid, Latin hypercube or Sobol design) with seeded replications and",
                "write runs.csv, points.csv, survival curves and, for sampled designs, sensitivity. See docs/experiments.md."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep file (e.g. scenarios/sweeps/iran-intent.yaml).")
    Path file;

    @Mixin
    RunnerOptions options;

    @Option(names = "--resume", description = "Continue an interrupted sweep with the same --out (keeps its finished runs).")
    boolean resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/sweeps/<name>).")
    Path out;

    @Option(names = "--force", description = "Replace an existing non-empty --out, and discard an interrupted sweep's work.")
    boolean force;

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Run the chunks on the workers of a Hazelcast cluster (alliance-sim worker); same files as locally. See docs/cluster.md.")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "LABEL",
            description = "With --cluster: the label the workers were started with (--cluster-name), if any.")
    String clusterName;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "With --cluster: the workers' shared secret (worker --secret-file), which makes this sweep's token.")
    Path secretFile;

    private byte[] secret;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (options.allStates) {
            throw new InputException("sweep takes its theory scope from the scenario file: set 'theoryScope: all' there"
                    + " instead of --all-states (a sweep's runs must be reproducible from its files alone)");
        }
        List<String> members = cluster == null ? null : ClusterRun.addresses(cluster);
        if (cluster == null && secretFile != null) {
            throw new InputException("--secret-file is for --cluster sweeps");
        }
        secret = cluster == null ? null : ClusterRun.secret(secretFile);
        SweepSpec sweep = SweepLoader.load(file);
        int k = options.threads();
        ForceGuard.checkNotEmpty("--out", out);
        Path target = (out != null ? out : Path.of("results", "sweeps", sweep.name())).toAbsolutePath().normalize();
        Limits.checkSweep(sweep, target);
        try (OutputLock lock = OutputLock.acquire(target)) {
            return sweep(sweep, k, target, SweepJournal.folderFor(target), members);
        } catch (IOException | java.io.UncheckedIOException e) {
            // the finished chunks stay in the work folder for --resume; --out is untouched
            OutputException w = org.alliancesim.output.OutputFolder.writeError(target,
                    e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e);
            throw new OutputException(w.getMessage() + "; the finished chunks are kept in "
                    + SweepJournal.folderFor(target) + " for --resume");
        }
    }

    /** The sweep proper, run while this command holds the lock of {@code target} (and so of its work folder). */
    private int sweep(SweepSpec sweep, int k, Path target, Path work, List<String> members) throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(target + " exists and is not a folder");
        }
        boolean targetFull = Files.isDirectory(target) && !isEmpty(target);
        if (targetFull && resume && !Files.exists(work) && sameSweep(target, sweep)) {
            o.println("The sweep in " + target + " is already complete.");
            o.flush();
            return 0;
        }
        if (targetFull && resume && Files.exists(work) && sameSweep(target, sweep)) {
            NewFiles.deleteTree(work);
            o.println("The sweep in " + target + " was complete; removed its work folder.");
            o.flush();
            return 0;
        }
        if (targetFull && force) {
            ForceGuard.check(target, true, List.of(file, Path.of(sweep.base().display())));
        }
        if (targetFull && !force) {
            throw new OutputException(target + " already exists and is not empty; choose another --out, or add --force to replace it");
        }
        SweepRunner runner = new SweepRunner(sweep);
        // every point's scenario is loaded before the work folder is made (values valid alone but
        // not together are refused at the sweep file's line); on the pool, points streamed
        try (Progress checking = new Progress("checking points", sweep.design().size(), options.quiet)) {
            org.alliancesim.experiment.sweep.PointCheck.check(sweep, k, checking::stepTo);
        }
        SweepJournal journal = openJournal(work, sweep);
        long started = System.nanoTime();
        try (Progress bar = new Progress("runs", runner.runs(), options.quiet)) {
            if (cluster == null) {
                runner.run(journal, k, bar::stepTo);
            } else {
                ClusterRun.run(members, clusterName, file, secret, sweep, runner, journal, bar, spec.commandLine().getErr());
            }
        } catch (org.alliancesim.scenario.ScenarioException e) {
            // a point beyond the checked ones is bad input: fixing it changes the sweep file, whose
            // new fingerprint could not resume this journal, so nothing is kept
            NewFiles.deleteTree(work);
            throw e;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(work, "final*")) {
            for (Path p : old) {
                NewFiles.deleteTree(p); // a killed sweep's half-staged results
            }
        }
        Path staged = NewFiles.folder(work, "final-");
        org.alliancesim.output.OutputMarker.write(staged);
        new SweepOutputs(sweep, runner).write(journal, staged);
        commit(staged, target);
        NewFiles.deleteTree(work);
        o.printf(Locale.ROOT, "%s x %s x %s = %s of %s (%.1f s)%n",
                org.alliancesim.output.Plural.of(runner.points().size(), "point"),
                org.alliancesim.output.Plural.of(sweep.theories().size(), "theory", "theories"),
                org.alliancesim.output.Plural.of(sweep.replications(), "replication"),
                org.alliancesim.output.Plural.of(runner.runs(), "run"), org.alliancesim.output.Plural.of(sweep.steps(), "step"),
                (System.nanoTime() - started) / 1e9);
        o.println("Results:  " + target);
        o.println("Survival: " + target.resolve("survival.png"));
        if (sweep.design().sampled()) {
            o.println("Sensitivity: " + target.resolve("sensitivity.png"));
        }
        o.flush();
        return 0;
    }

    private SweepJournal openJournal(Path work, SweepSpec sweep) throws OutputException, IOException {
        if (Files.exists(work)) {
            if (force) {
                NewFiles.deleteTree(work);
            } else if (!resume) {
                throw new OutputException("an interrupted sweep left its work in " + work
                        + "; add --resume to continue it, or --force to start over");
            } else {
                String theirs = SweepJournal.build(work);
                if (!theirs.equals(org.alliancesim.BuildId.get())) {
                    throw new OutputException(work + " was written by build " + theirs + ", but this is build "
                            + org.alliancesim.BuildId.get() + " (the program changed since the sweep started); a resumed"
                            + " sweep must not mix two builds' results: add --force to discard it and start over");
                }
                SweepJournal j = SweepJournal.open(work, sweep.fingerprint());
                if (j == null) {
                    throw new OutputException(work + " holds the work of a different sweep (the sweep file, its scenario "
                            + "or the program changed); add --force to discard it and start over");
                }
                return j;
            }
        }
        try {
            return SweepJournal.create(work, sweep.fingerprint());
        } catch (IOException e) {
            throw new OutputException("cannot create the work folder " + work + ": " + e.getMessage());
        }
    }

    private static boolean sameSweep(Path target, SweepSpec sweep) throws IOException {
        Path m = target.resolve("manifest.json");
        return Files.isRegularFile(m) && Files.readString(m, StandardCharsets.UTF_8).contains("\"" + sweep.fingerprint() + "\"");
    }

    /** Moves the staged files into place (replacing the target when --force allowed it). */
    private static void commit(Path staged, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            NewFiles.deleteTree(NewFiles.setAside(target));
        }
        NewFiles.moveInto(staged, target);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }
}
