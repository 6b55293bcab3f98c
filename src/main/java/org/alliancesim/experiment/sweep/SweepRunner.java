package org.alliancesim.experiment.sweep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.alliancesim.experiment.DaemonPool;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.Seeds;
import org.alliancesim.experiment.TieOutcome;
import org.alliancesim.Num;
import org.alliancesim.scenario.NodePath;
import org.alliancesim.scenario.Problem;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;

/**
 * Runs a sweep's missing chunks on a thread pool and journals each finished chunk. Points are
 * grouped into chunks of about {@code chunkRuns} runs (default {@link #RUNS_PER_CHUNK}) (a function of the sweep alone, not of
 * the thread count); within a chunk, rows are in the order point, theory, replication. Each run's
 * seed is {@link Seeds#point}(seed, point, replication): theories share it (common random
 * numbers), and so do the draws of uncertain inputs. Only a few chunks are in flight at once, so
 * memory does not grow with the size of the sweep.
 */
public final class SweepRunner {
    /** Default number of runs per journal chunk. */
    public static final int RUNS_PER_CHUNK = 256;
    private final SweepSpec spec;
    private final List<double[]> points;
    private final Scenario reference;
    private final int pointsPerChunk;

    public SweepRunner(SweepSpec spec) throws ScenarioException {
        this.spec = spec;
        this.points = spec.design().points();
        this.reference = spec.base().median(Map.of());
        this.pointsPerChunk = Math.max(1, (int) Math.ceil(spec.chunkRuns() / (double) spec.runsPerPoint()));
    }

    public List<double[]> points() {
        return points;
    }

    public SweepSpec spec() {
        return spec;
    }

    /** States of the base scenario (every point has the same states). */
    public int states() {
        return reference.states().size();
    }

    public int chunks() {
        return (points.size() + pointsPerChunk - 1) / pointsPerChunk;
    }

    public long runs() {
        return (long) points.size() * spec.runsPerPoint();
    }

    /** Runs in chunk {@code c}. */
    public long runsIn(int c) {
        int from = c * pointsPerChunk;
        int to = Math.min(points.size(), from + pointsPerChunk);
        return (long) (to - from) * spec.runsPerPoint();
    }

    /** The base scenario with its uncertain inputs at their medians (its states, time and focal pairs). */
    public Scenario reference() {
        return reference;
    }

    /** The focal pairs' labels (e.g. IRN-RUS), the same at every point. */
    public List<String> pairLabels() {
        return Replication.focalPairLabels(reference);
    }

    /** The fields a journal row holds for each focal pair, in order. */
    public static final List<String> PAIR_FIELDS = List.of("formed", "ended", "end_step", "duration", "cause",
            "final_level", "mean_commitment");

    /**
     * The columns of a journal row: point, replication, seed, the varied parameters, theory, then
     * {@link #PAIR_FIELDS} for each focal pair in turn.
     */
    public String header() {
        StringBuilder sb = new StringBuilder("point,replication,seed");
        for (SweepParameter p : spec.parameters()) {
            sb.append(',').append(p.label());
        }
        sb.append(",theory");
        for (String pair : pairLabels()) {
            for (String col : PAIR_FIELDS) {
                sb.append(',').append(pair).append('_').append(col);
            }
        }
        return sb.toString();
    }

    /**
     * Runs every chunk the journal lacks, reporting the total runs done (counting chunks already
     * journaled) after each chunk.
     */
    public void run(SweepJournal journal, int threads, LongConsumer progress) throws Exception {
        long done = 0;
        List<Integer> todo = new ArrayList<>();
        for (int c = 0; c < chunks(); c++) {
            if (journal.has(c)) {
                done += runsIn(c);
            } else {
                todo.add(c);
            }
        }
        progress.accept(done);
        ExecutorService pool = DaemonPool.fixed(threads, "alliance-sim-sweep");
        try {
            Deque<Object[]> inFlight = new ArrayDeque<>();
            int window = Math.max(2, threads * 2);
            for (int c : todo) {
                inFlight.add(new Object[] {c, submit(pool, c, () -> false)});
                if (inFlight.size() >= window) {
                    done += finish(journal, inFlight.poll());
                    progress.accept(done);
                }
            }
            while (!inFlight.isEmpty()) {
                done += finish(journal, inFlight.poll());
                progress.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private long finish(SweepJournal journal, Object[] chunk) throws Exception {
        int c = (Integer) chunk[0];
        journal.write(c, join((List<Future<String>>) chunk[1]));
        return runsIn(c);
    }

    /**
     * The {@code runs.csv} rows of chunk {@code c}, its runs spread over {@code pool}: the same
     * text a local sweep journals for that chunk (a cluster worker's unit of work).
     */
    public String chunkRows(int c, ExecutorService pool) throws Exception {
        return chunkRows(c, pool, () -> false);
    }

    /**
     * As {@link #chunkRows(int, ExecutorService)}, stopping early (a {@link java.util.concurrent.CancellationException})
     * once {@code cancelled} says so: no run starts after that, and runs already started stop at their next step.
     */
    public String chunkRows(int c, ExecutorService pool, java.util.function.BooleanSupplier cancelled) throws Exception {
        return join(submit(pool, c, cancelled)).toString();
    }

    private static StringBuilder join(List<Future<String>> futures) throws Exception {
        StringBuilder rows = new StringBuilder();
        try {
            for (Future<String> f : futures) {
                rows.append(f.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        }
        return rows;
    }

    private List<Future<String>> submit(ExecutorService pool, int c, java.util.function.BooleanSupplier cancelled)
            throws ScenarioException {
        List<Future<String>> out = new ArrayList<>();
        int from = c * pointsPerChunk;
        int to = Math.min(points.size(), from + pointsPerChunk);
        for (int point = from; point < to; point++) {
            int pt = point;
            Map<NodePath, Double> values = spec.overrides(points.get(point));
            Scenario fixed = spec.base().isUncertain() ? null : atPoint(pt, values, 0);
            for (String theory : spec.theories()) {
                for (int rep = 0; rep < spec.replications(); rep++) {
                    int r = rep;
                    out.add(pool.submit(() -> {
                        if (cancelled.getAsBoolean()) {
                            throw new java.util.concurrent.CancellationException("the chunk was cancelled");
                        }
                        long seed = Seeds.point(spec.seed(), pt, r);
                        Scenario s = fixed != null ? fixed : atPoint(pt, values, seed);
                        Replication.Result res = Replication.run(s, theory, r, seed, spec.steps(), stopWhen(cancelled));
                        return row(pt, r, seed, theory, s, res);
                    }));
                }
            }
        }
        return out;
    }

    /** A recorder that ends a run between two steps once {@code cancelled} says so (a worker's client left). */
    private static List<org.alliancesim.model.Recorder> stopWhen(java.util.function.BooleanSupplier cancelled) {
        return List.of((m, step) -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the chunk was cancelled at step " + step);
            }
        });
    }

    /**
     * Loads the base scenario at each of the first {@code max} points (uncertain inputs at their
     * medians), so that values valid alone but not together are reported before any run, naming
     * the point and its values; every problem of every checked point is reported.
     */
    public void checkPoints(int max) throws ScenarioException {
        List<Problem> ps = new ArrayList<>();
        for (int point = 0; point < Math.min(max, points.size()) && ps.size() < 50; point++) {
            Map<NodePath, Double> values = spec.overrides(points.get(point));
            try {
                spec.base().median(values);
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    ps.add(new Problem(p.file(), p.line(), p.column(), p.path(), "at sweep point " + point + " "
                            + describe(values) + ": " + p.message()));
                }
            }
        }
        if (!ps.isEmpty()) {
            throw new ScenarioException(ps);
        }
    }

    private Scenario atPoint(int point, Map<NodePath, Double> values, long seed) throws ScenarioException {
        try {
            return spec.base().resolve(seed, values);
        } catch (ScenarioException e) {
            List<Problem> ps = new ArrayList<>();
            for (Problem p : e.problems()) {
                ps.add(new Problem(p.file(), p.line(), p.column(), p.path(), "at sweep point " + point + " "
                        + describe(values) + ": " + p.message()));
            }
            throw new ScenarioException(ps);
        }
    }

    private static String describe(Map<NodePath, Double> values) {
        StringBuilder sb = new StringBuilder("(");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k.text()).append(" = ").append(Num.format(v)));
        return sb.append(')').toString();
    }

    /** A number in [0,1] with at most six decimals, as every output writes numbers. */
    static String sixDecimals(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1e6)).movePointLeft(6).stripTrailingZeros().toPlainString();
    }

    private String row(int point, int rep, long seed, String theory, Scenario s, Replication.Result res) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(point).append(',').append(rep).append(',').append(seed);
        for (double v : points.get(point)) {
            sb.append(',').append(Num.format(v));
        }
        sb.append(',').append(theory);
        for (int k = 0; k < res.focalPairs().size(); k++) {
            TieOutcome o = TieOutcome.of(s, res, k);
            sb.append(',').append(o.stood() ? Integer.toString(o.formed()) : "")
                    .append(',').append(o.stood() ? (o.ended() ? "1" : "0") : "")
                    .append(',').append(o.ended() ? Integer.toString(o.endStep()) : "")
                    .append(',').append(o.stood() ? Integer.toString(o.duration()) : "")
                    .append(',').append(o.cause() == null ? "" : o.cause());
            Replication.FocalPair p = res.focalPairs().get(k);
            double sum = 0;
            for (double c : res.focalCommitment()[k]) {
                sum += c;
            }
            sb.append(',').append(res.finalLevels()[Math.min(p.state(), p.partner())][Math.max(p.state(), p.partner())].label())
                    .append(',').append(sixDecimals(res.steps() == 0 ? 0 : sum / res.focalCommitment()[k].length));
        }
        return sb.append('\n').toString();
    }
}
