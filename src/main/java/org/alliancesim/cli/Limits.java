package org.alliancesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.ReplicationRunner;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.experiment.sweep.SweepSpec;

/**
 * The limits every command checks before it makes any folder, each refused with exit 2 and a
 * message saying what to lower (documented in docs/validation.md):
 * <ul>
 *   <li>{@code --steps} at most {@value #MAX_STEPS} (as a scenario's {@code time.steps});</li>
 *   <li>{@code --reps} at most {@value #MAX_REPLICATIONS}, and theories × replications at most
 *       {@value #MAX_RUNS} runs (per scenario);</li>
 *   <li>the memory a command holds (the focal ties' series of every run, the replications in flight,
 *       a sweep's points) at most {@value #HEAP_SHARE_PERCENT}% of the JVM's heap ({@code -Xmx}), by an
 *       estimate that errs high;</li>
 *   <li>the estimated size of the files written at most the free space of the output's file system.</li>
 * </ul>
 * States per scenario, points per sweep and bytes per input file are limited where they are read
 * (ScenarioLoader, SweepLoader, YamlSource).
 */
final class Limits {
    static final int MAX_STEPS = org.alliancesim.scenario.TimeSpec.MAX_STEPS;
    static final int MAX_REPLICATIONS = 1_000_000;
    static final long MAX_RUNS = 10_000_000;
    static final int HEAP_SHARE_PERCENT = 80;
    /** Bytes of one row of series.csv, generously (the longest theory name, six-decimal numbers). */
    static final int SERIES_ROW_BYTES = 96;

    private Limits() {
    }

    static void checkSteps(long steps) throws InputException {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new InputException("--steps must be between 1 and " + MAX_STEPS + ", got " + steps);
        }
    }

    static void checkReps(long reps, int theories) throws InputException {
        if (reps < 1 || reps > MAX_REPLICATIONS) {
            throw new InputException("--reps must be between 1 and " + MAX_REPLICATIONS + ", got " + reps);
        }
        if (reps * theories > MAX_RUNS) {
            throw new InputException(String.format(Locale.ROOT, "%d theories x %d replications = %d runs; at most %d",
                    theories, reps, reps * theories, MAX_RUNS));
        }
    }

    /** Memory and output size of {@code run} (and of one scenario of {@code compare}). */
    static void checkRun(RunRequest req, Path out) throws InputException {
        int n = req.scenario().states().size();
        long focalPairs = Replication.focalPairs(req.scenario()).size();
        long runs = req.runs();
        long steps = req.steps();
        // kept for every run: the focal ties' commitment series (RunAggregate, survival)
        long kept = runs * focalPairs * steps * 8 + runs * (focalPairs * 64 + 256);
        long recordedPairs = switch (req.record()) {
            case ALL, TIES -> (long) n * (n - 1);
            case FOCAL -> Math.min((long) n * (n - 1), 2 * focalPairs);
            case NONE -> 0;
            case FACTORS -> 16 * Math.min((long) n * (n - 1), 2 * focalPairs); // a series row and about 15 factor rows
        };
        long seriesPerRun = recordedPairs * steps * SERIES_ROW_BYTES;
        // in flight: a window of runs, each a model (a few n x n matrices) and its series rows (UTF-16)
        long inFlight = ReplicationRunner.window(req.threads()) * (seriesPerRun * 2 + (long) n * n * 8 * 12
                + focalPairs * steps * 16);
        checkHeap(kept + inFlight, "run " + runs + " runs of " + steps + " steps of " + n + " states",
                req.record() == RecordMode.NONE ? "fewer --reps or --steps" : "fewer --reps or --steps, or --record focal or none");
        checkDisk(out, runs * seriesPerRun + runs * 4096 + 4_000_000, "fewer --reps or --steps, or --record none");
    }

    /** Memory and output size of a sweep, before its work folder is made. */
    static void checkSweep(SweepSpec spec, Path out) throws Exception {
        long points = spec.design().size();
        int d = spec.parameters().size();
        long pairs = Replication.focalPairs(spec.base().median(java.util.Map.of())).size();
        long theories = spec.theories().size();
        // the design's points, and the per-point rows the sensitivity analysis keeps
        long bytes = points * (48 + 8L * d) + (spec.design().sampled() ? points * pairs * theories * 2 * (8L * d + 48) : 0);
        checkHeap(bytes, "sweep " + points + " points", "fewer points");
        long rowBytes = 40 + 24L * d + 30 * pairs;
        checkDisk(out, points * spec.runsPerPoint() * rowBytes * 2 + points * theories * pairs * 200, "fewer points or replications");
    }

    /** Memory of a replay (every run's series of the one tie). */
    static void checkSeries(long runs, long steps, String what) throws InputException {
        checkHeap(runs * steps * 8 + runs * 64, what, "fewer --reps");
    }

    private static void checkHeap(long bytes, String what, String advice) throws InputException {
        long heap = Runtime.getRuntime().maxMemory();
        long allowed = heap / 100 * HEAP_SHARE_PERCENT;
        if (bytes > allowed) {
            throw new InputException(String.format(Locale.ROOT, "to %s needs about %s of memory, more than the %d%% of"
                    + " this JVM's %s heap allowed; use %s, or a larger heap (java -Xmx)", what, size(bytes),
                    HEAP_SHARE_PERCENT, size(heap), advice));
        }
    }

    private static void checkDisk(Path out, long bytes, String advice) throws InputException {
        Path dir = out.toAbsolutePath().normalize();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return;
        }
        try {
            var store = Files.getFileStore(dir);
            long free = store.getUsableSpace();
            if (store.getTotalSpace() > 0 && bytes > free) { // a pseudo file system (/proc) reports no size at all
                throw new InputException(String.format(Locale.ROOT, "the results would take about %s but %s has only %s"
                        + " free; use %s, or another --out", size(bytes), dir, size(free), advice));
            }
        } catch (IOException e) {
            // the free space is unknown: let the writes report a full disk (exit 3)
        }
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
