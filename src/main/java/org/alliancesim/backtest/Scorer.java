package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.alliancesim.backtest.score.Brier;
import org.alliancesim.backtest.score.Confusion;
import org.alliancesim.backtest.score.Ranking;
import org.alliancesim.backtest.score.YearBootstrap;

/**
 * Scores forecasts on a {@link DyadFrame}: for each target ({@code any} obligation, {@code defence}
 * pacts), ties in force, formations (no tie last year, a tie this year) and terminations (the
 * reverse), each with precision, recall and F1; ROC AUC and the Brier score of the score; over
 * every {@link Span}, with a 95% bootstrap-over-years interval ({@link YearBootstrap}) for spans
 * of more than one year. Formations and terminations are counted on dyads in the system both
 * years, so never in a span's first year of data.
 */
public final class Scorer {
    /** The targets, by name: whether each is the defence-pact target. */
    public static final Map<String, Boolean> TARGETS = Map.of("any", false, "defence", true);
    private static final String[] EVENTS = {"in-force", "formation", "termination"};

    private Scorer() {
    }

    /**
     * @param forecasts the forecasts of each target ("any", "defence"), theories first
     * @param replicates bootstrap replicates per span
     * @param seed the bootstrap's seed
     */
    public static List<Score> score(DyadFrame f, Map<String, List<Forecast>> forecasts, List<Span> spans,
                                    int replicates, long seed) {
        return score(f, forecasts, spans, replicates, seed, 1);
    }

    /**
     * As above, the forecasts scored on up to {@code threads} threads (each forecast's scores
     * depend only on its own rows and the shared bootstrap draws, and are listed in the same
     * order, so the result does not depend on the thread count).
     */
    public static List<Score> score(DyadFrame f, Map<String, List<Forecast>> forecasts, List<Span> spans,
                                    int replicates, long seed, int threads) {
        List<YearBootstrap> boots = bootstraps(spans, replicates, seed);
        List<java.util.concurrent.Callable<List<Score>>> tasks = new ArrayList<>();
        for (var e : byName(forecasts).entrySet()) {
            tasks.add(() -> scoreOne(f, e.getKey(), e.getValue(), spans, boots).scores());
        }
        List<Score> out = new ArrayList<>();
        if (threads <= 1 || tasks.size() <= 1) {
            for (var t : tasks) {
                out.addAll(call(t));
            }
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, tasks.size()));
        try {
            List<java.util.concurrent.Future<List<Score>>> futures = new ArrayList<>();
            for (var t : tasks) {
                futures.add(pool.submit(t));
            }
            for (var fu : futures) {
                out.addAll(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The bootstrap draws of each span (null for a single year), shared by every forecast. */
    static List<YearBootstrap> bootstraps(List<Span> spans, int replicates, long seed) {
        List<YearBootstrap> boots = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            boots.add(spans.get(s).years() > 1 ? new YearBootstrap(spans.get(s).years(), replicates,
                    Seeds.bootstrap(seed, s)) : null);
        }
        return boots;
    }

    /** The forecasts by name, in the order scores are listed (first appearance, targets in order), then by target. */
    static Map<String, Map<String, Forecast>> byName(Map<String, List<Forecast>> forecasts) {
        Map<String, Map<String, Forecast>> byName = new LinkedHashMap<>();
        for (var t : forecasts.entrySet()) {
            for (Forecast fc : t.getValue()) {
                byName.computeIfAbsent(fc.name(), k -> new LinkedHashMap<>()).put(t.getKey(), fc);
            }
        }
        return byName;
    }

    private static List<Score> call(java.util.concurrent.Callable<List<Score>> t) {
        try {
            return t.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One forecast's scores (its targets, span by span) and its ROC curve over the whole span for
     * each target.
     */
    record Scored(List<Score> scores, Map<String, RocCurve> curves) {
    }

    /** The scores of one forecast (its targets), span by span: a task that may run on any thread. */
    static Scored scoreOne(DyadFrame f, String name, Map<String, Forecast> byTarget, List<Span> spans,
                           List<YearBootstrap> boots) {
        List<Score> out = new ArrayList<>();
        Map<String, Tallies> tallies = new LinkedHashMap<>();
        for (String target : List.of("any", "defence")) {
            Forecast fc = byTarget.get(target);
            if (fc != null) {
                tallies.put(target, new Tallies(f, fc, TARGETS.get(target)));
            }
        }
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            for (var t : tallies.entrySet()) {
                t.getValue().score(span, boots.get(s), t.getKey(), name, out);
            }
        }
        Map<String, RocCurve> curves = new LinkedHashMap<>();
        tallies.forEach((target, t) -> curves.put(target, RocCurve.of(t.all)));
        return new Scored(out, curves);
    }

    /** One forecast's per-year counts for one target. */
    private static final class Tallies {
        final DyadFrame f;
        final Forecast fc;
        final boolean defence;
        final Confusion[][] events;
        final double[] brier;
        final double[] count;
        /** Every scored row, by score; the row of each case. */
        final Ranking all;
        final int[] caseRow;

        Tallies(DyadFrame f, Forecast fc, boolean defence) {
            this.f = f;
            this.fc = fc;
            this.defence = defence;
            events = new Confusion[EVENTS.length][f.years];
            for (Confusion[] row : events) {
                Arrays.fill(row, Confusion.EMPTY);
            }
            brier = new double[f.years];
            count = new double[f.years];
            double[][][] c = new double[EVENTS.length][f.years][4];
            for (int r = 0; r < f.rows(); r++) {
                if (!fc.defined()[r]) {
                    continue;
                }
                int y = f.yearIndex[r];
                boolean obs = f.observed(r, defence);
                tally(c[0][y], fc.predicted()[r], obs);
                brier[y] += Brier.error(fc.score()[r], obs);
                count[y]++;
                int p = f.previousRow[r];
                if (fc.changes() && p >= 0 && fc.defined()[p]) {
                    boolean before = f.observed(p, defence);
                    boolean predBefore = fc.predicted()[p];
                    tally(c[1][y], !predBefore && fc.predicted()[r], !before && obs);
                    tally(c[2][y], predBefore && !fc.predicted()[r], before && !obs);
                }
            }
            for (int e = 0; e < EVENTS.length; e++) {
                for (int y = 0; y < f.years; y++) {
                    events[e][y] = new Confusion(c[e][y][0], c[e][y][1], c[e][y][2], c[e][y][3]);
                }
            }
            caseRow = java.util.stream.IntStream.range(0, f.rows()).filter(r -> fc.defined()[r]).toArray();
            double[] sc = new double[caseRow.length];
            boolean[] lab = new boolean[caseRow.length];
            int[] grp = new int[caseRow.length];
            for (int k = 0; k < sc.length; k++) {
                sc[k] = fc.score()[caseRow[k]];
                lab[k] = f.observed(caseRow[k], defence);
                grp[k] = f.yearIndex[caseRow[k]];
            }
            all = new Ranking(sc, lab, grp);
        }

        /** The first case whose row is at least {@code row}. */
        private int firstCase(int row) {
            int k = Arrays.binarySearch(caseRow, row);
            return k >= 0 ? k : -k - 1;
        }

        private static void tally(double[] c, boolean pred, boolean obs) {
            c[pred ? (obs ? 0 : 1) : (obs ? 2 : 3)]++;
        }

        /** Each year's cases alone (made on first use, in one pass). */
        private Ranking[] byYear;

        private Ranking ranking(int y0, int ny) {
            if (y0 == 0 && ny == f.years) {
                return all;
            }
            if (ny > 1) {
                return all.restrict(firstCase(f.yearStart[y0]), firstCase(f.yearStart[y0 + ny]), y0);
            }
            if (byYear == null) {
                int[] bounds = new int[f.years + 1];
                int[] offsets = new int[f.years];
                for (int y = 0; y <= f.years; y++) {
                    bounds[y] = firstCase(f.yearStart[y]);
                    if (y < f.years) {
                        offsets[y] = y;
                    }
                }
                byYear = all.split(bounds, offsets);
            }
            return byYear[y0];
        }

        void score(Span span, YearBootstrap bootstrap, String target, String name, List<Score> out) {
            // one copy of the draws for every measure of the span (the statistics only read them)
            double[][] boot = bootstrap == null ? null : bootstrap.allWeights();
            int y0 = span.first() - f.from;
            int ny = span.years();
            Ranking ranking = ranking(y0, ny);
            double[] ones = new double[ny];
            Arrays.fill(ones, 1);
            for (int e = 0; e < EVENTS.length; e++) {
                if (e > 0 && !fc.changes()) {
                    continue;
                }
                int ev = e;
                String prefix = target + "." + EVENTS[e] + ".";
                add(out, name, span, prefix + "precision", boot, ones, w -> sum(events[ev], y0, w).precision());
                add(out, name, span, prefix + "recall", boot, ones, w -> sum(events[ev], y0, w).recall());
                add(out, name, span, prefix + "f1", boot, ones, w -> sum(events[ev], y0, w).f1());
            }
            add(out, name, span, target + ".auc", boot, ones, ranking::auc);
            add(out, name, span, target + ".brier", boot, ones, w -> {
                double s = 0;
                double n = 0;
                for (int k = 0; k < w.length; k++) {
                    s += w[k] * brier[y0 + k];
                    n += w[k] * count[y0 + k];
                }
                return n == 0 ? Double.NaN : s / n;
            });
        }

        private static Confusion sum(Confusion[] byYear, int y0, double[] w) {
            double tp = 0;
            double fp = 0;
            double fn = 0;
            double tn = 0;
            for (int k = 0; k < w.length; k++) {
                Confusion c = byYear[y0 + k];
                tp += w[k] * c.tp();
                fp += w[k] * c.fp();
                fn += w[k] * c.fn();
                tn += w[k] * c.tn();
            }
            return new Confusion(tp, fp, fn, tn);
        }

        private static void add(List<Score> out, String name, Span span, String measure, double[][] boot,
                                double[] ones, ToDoubleFunction<double[]> stat) {
            double value = stat.applyAsDouble(ones);
            double lo = Double.NaN;
            double hi = Double.NaN;
            if (boot != null) {
                double[] reps = new double[boot.length];
                for (int b = 0; b < reps.length; b++) {
                    reps[b] = stat.applyAsDouble(boot[b]);
                }
                double[] ci = YearBootstrap.interval(reps);
                lo = ci[0];
                hi = ci[1];
            }
            out.add(new Score(name, span.label(), measure, value, lo, hi));
        }
    }
}
