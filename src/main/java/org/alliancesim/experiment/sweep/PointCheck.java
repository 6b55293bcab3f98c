package org.alliancesim.experiment.sweep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.alliancesim.Num;
import org.alliancesim.experiment.DaemonPool;
import org.alliancesim.scenario.NodePath;
import org.alliancesim.scenario.Problem;
import org.alliancesim.scenario.ScenarioException;

/**
 * Checks a sweep's points before any work folder is made, so values valid alone but not together
 * are refused up front, at the sweep file's line of the varied field the problem names, with the
 * point and its values. A sweep of up to {@value #EVERY_POINT_UP_TO} points has the base scenario
 * loaded at every point (uncertain inputs at their medians). A larger one first has it loaded at
 * the corners of the box its points span ({@link #cornersValid}); when every corner is valid so is
 * every point, and otherwise every point is loaded. The points are streamed from the design in
 * blocks spread over a thread pool (a few blocks in flight; each loaded scenario is dropped at
 * once), and the problems of the first points in order, at most {@value #MAX_PROBLEMS}, are
 * reported: the same report whatever the thread count.
 */
public final class PointCheck {
    /** Problems reported at most (the first points' in point order); checking stops there. */
    public static final int MAX_PROBLEMS = 50;
    private static final int BLOCK = 64;
    /** Sweeps of up to this many points have every point loaded; larger ones their box's corners first. */
    public static final long EVERY_POINT_UP_TO = 20_000;
    /** Most varied fields whose corners are checked (2^12 = 4,096 loads). */
    static final int MAX_CORNER_DIMENSIONS = 12;

    private PointCheck() {
    }

    /**
     * Checks every point of {@code spec}, reporting the points checked so far to {@code progress}.
     *
     * @throws ScenarioException naming the sweep file, line and column of a varied field
     */
    public static void check(SweepSpec spec, int threads, LongConsumer progress) throws ScenarioException {
        long n = spec.design().size();
        if (n > EVERY_POINT_UP_TO && cornersValid(spec, threads)) {
            progress.accept(n);
            return;
        }
        List<Problem> found = new ArrayList<>();
        ExecutorService pool = DaemonPool.fixed(Math.max(1, threads), "alliance-sim-check");
        try {
            Iterator<double[]> points = spec.design().iterator();
            Deque<Future<List<Problem>>> inFlight = new ArrayDeque<>();
            int window = Math.max(2, threads * 2);
            long next = 0;
            long checked = 0;
            while (found.size() < MAX_PROBLEMS && (points.hasNext() || !inFlight.isEmpty())) {
                while (points.hasNext() && inFlight.size() < window) {
                    long first = next;
                    List<double[]> block = new ArrayList<>(BLOCK);
                    while (points.hasNext() && block.size() < BLOCK) {
                        block.add(points.next());
                    }
                    next += block.size();
                    inFlight.add(pool.submit(() -> checkBlock(spec, first, block)));
                }
                found.addAll(get(inFlight.poll()));
                checked = Math.min(next, checked + BLOCK);
                progress.accept(checked);
            }
            inFlight.forEach(f -> f.cancel(true));
        } finally {
            pool.shutdownNow();
        }
        if (!found.isEmpty()) {
            throw new ScenarioException(found.subList(0, Math.min(found.size(), MAX_PROBLEMS)));
        }
    }

    /**
     * Whether the base scenario loads at every corner of the box the points span (each varied
     * field at the least or the greatest value any point gives it; at most 2^{@value #MAX_CORNER_DIMENSIONS}
     * corners). The scenario's rules that tie several numbers together are linear inequalities
     * (thresholds that rise, shares that add up to at most 1, a ramp's start before its end, a step
     * within the run) or "not all zero", so when every corner is valid every point in the box is.
     */
    static boolean cornersValid(SweepSpec spec, int threads) throws ScenarioException {
        int d = spec.parameters().size();
        if (d > MAX_CORNER_DIMENSIONS) {
            return false;
        }
        double[] lo = new double[d];
        double[] hi = new double[d];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (Iterator<double[]> it = spec.design().iterator(); it.hasNext(); ) {
            double[] p = it.next();
            for (int k = 0; k < d; k++) {
                lo[k] = Math.min(lo[k], p[k]);
                hi[k] = Math.max(hi[k], p[k]);
            }
        }
        List<double[]> corners = new ArrayList<>();
        for (int mask = 0; mask < 1 << d; mask++) {
            double[] c = new double[d];
            boolean duplicate = false;
            for (int k = 0; k < d; k++) {
                boolean high = (mask & (1 << k)) != 0;
                duplicate |= high && lo[k] == hi[k];
                c[k] = high ? hi[k] : lo[k];
            }
            if (!duplicate) {
                corners.add(c);
            }
        }
        ExecutorService pool = DaemonPool.fixed(Math.max(1, threads), "alliance-sim-check");
        try {
            List<Future<List<Problem>>> fs = new ArrayList<>();
            for (int from = 0; from < corners.size(); from += BLOCK) {
                List<double[]> block = corners.subList(from, Math.min(corners.size(), from + BLOCK));
                fs.add(pool.submit(() -> checkBlock(spec, 0, block)));
            }
            for (Future<List<Problem>> f : fs) {
                if (!get(f).isEmpty()) {
                    return false;
                }
            }
            return true;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Problem> get(Future<List<Problem>> f) {
        return org.alliancesim.Tasks.join(f, "checking the sweep's points");
    }

    private static List<Problem> checkBlock(SweepSpec spec, long first, List<double[]> block) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < block.size() && out.size() < MAX_PROBLEMS; i++) {
            Map<NodePath, Double> values = spec.overrides(block.get(i));
            try {
                spec.base().median(values);
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    out.add(atSweepLine(spec, first + i, values, p));
                }
            }
        }
        return out;
    }

    /** The scenario's problem {@code p} at point {@code point}, placed at the sweep file's line of the field it names. */
    static Problem atSweepLine(SweepSpec spec, long point, Map<NodePath, Double> values, Problem p) {
        int k = parameterOf(spec.parameters(), p.path());
        SweepParameter param = spec.parameters().get(k);
        String where = p.file() + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "")
                + (p.path() != null && !p.path().isEmpty() ? " (" + p.path() + ")" : "");
        return new Problem(spec.file(), param.line(), param.column(), "vary[" + k + "].path", "at sweep point " + point
                + " " + describe(values) + ": in " + where + ": " + p.message());
    }

    /** The varied field a scenario problem's path names: the same path, else the same last name, else the first. */
    static int parameterOf(List<SweepParameter> params, String path) {
        if (path == null) {
            return 0;
        }
        for (int k = 0; k < params.size(); k++) {
            if (params.get(k).path().text().equals(path)) {
                return k;
            }
        }
        for (int k = 0; k < params.size(); k++) {
            if (params.get(k).path().text().startsWith(path + ".")) {
                return k; // a rule of the group the field belongs to (parameters.ties)
            }
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        for (int k = params.size() - 1; k >= 0; k--) {
            String text = params.get(k).path().text();
            if (text.substring(text.lastIndexOf('.') + 1).equals(last)) {
                return k;
            }
        }
        return 0;
    }

    private static String describe(Map<NodePath, Double> values) {
        StringBuilder sb = new StringBuilder("(");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k.text()).append(" = ").append(Num.format(v)));
        return sb.append(')').toString();
    }
}
