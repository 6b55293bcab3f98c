package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.experiment.DaemonPool;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;

/**
 * A backtest from start to scores: read the worlds, run every theory through them
 * ({@link BacktestRunner}), line the predictions up with ATOP ({@link DyadFrame}), fit the
 * baselines on the training years ({@link Baselines}) and score everything ({@link Scorer}).
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * @param trainTo last training year (the baselines are fitted on years up to it); null: the whole span
     * @param replicates bootstrap replicates per span
     */
    public record Request(List<String> theories, BacktestRunner.Settings settings, Integer trainTo, int replicates) {
        public Request {
            theories = List.copyOf(theories);
            if (replicates < 1) {
                throw new IllegalArgumentException("bootstrap replicates must be at least 1, got " + replicates);
            }
            if (trainTo != null && (trainTo < settings.from() || trainTo > settings.to())) {
                throw new IllegalArgumentException("--train-to " + trainTo + " lies outside the span "
                        + settings.from() + "-" + settings.to());
            }
        }

        /** The last year the baselines are fitted on. */
        public int lastTrainingYear() {
            return trainTo == null ? settings.to() : trainTo;
        }
    }

    /**
     * @param notes what could not be done (e.g. a baseline the training years cannot fit)
     * @param curves each forecast's ROC curve over the whole span, by target and name (the charts
     *     compute a missing one)
     */
    public record Result(Request request, DyadFrame frame, Map<String, List<YearPrediction>> runs,
                         Map<String, List<Forecast>> forecasts, List<Span> spans, List<Score> scores,
                         List<String> notes, Map<String, Map<String, RocCurve>> curves) {
        /** A result without curves. */
        public Result(Request request, DyadFrame frame, Map<String, List<YearPrediction>> runs,
                      Map<String, List<Forecast>> forecasts, List<Span> spans, List<Score> scores, List<String> notes) {
            this(request, frame, runs, forecasts, spans, scores, notes, Map.of());
        }
    }

    /** Checks that the table covers the span, with a message naming the file. */
    public static void checkCoverage(AllianceTable table, int from, int to) {
        if (from < table.firstYear() || to > table.lastYear()) {
            throw new IllegalArgumentException(table.source() + ": the span " + from + "-" + to
                    + " lies outside the years the file covers, " + table.firstYear() + "-" + table.lastYear());
        }
    }

    public static Result run(YearWorldSource source, AllianceTable table, Request req)
            throws InterruptedException, ExecutionException {
        return run(source, table, req, () -> { });
    }

    /**
     * As above, calling {@code yearDone} after each theory's year. Everything runs on one pool of
     * {@code settings.threads()} threads: the worlds are built, lined up with ATOP and dropped as the
     * theories run through them ({@link YearPipeline}, at most {@link #WORLDS_AHEAD} held), then the
     * baselines are fitted while the theories are scored.
     */
    public static Result run(YearWorldSource source, AllianceTable table, Request req, Runnable yearDone)
            throws InterruptedException, ExecutionException {
        BacktestRunner.Settings s = req.settings();
        checkCoverage(table, s.from(), s.to());
        ExecutorService pool = DaemonPool.fixed(s.threads(), "alliance-sim-backtest");
        try {
            DyadFrame.Year[] rows = new DyadFrame.Year[s.to() - s.from() + 1];
            var runs = YearPipeline.run(source, req.theories(), s, WORLDS_AHEAD,
                    w -> rows[w.year() - s.from()] = DyadFrame.year(w, table), yearDone, pool).runs();
            return score(new DyadFrame(List.of(rows)), req, runs, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most worlds a backtest holds at a time. */
    static final int WORLDS_AHEAD = 4;

    /** Scores predictions already made on these worlds. */
    public static Result score(List<YearWorld> worlds, AllianceTable table, Request req,
                               Map<String, List<YearPrediction>> runs) {
        ExecutorService pool = DaemonPool.fixed(req.settings().threads(), "alliance-sim-backtest");
        try {
            List<Future<DyadFrame.Year>> rows = new ArrayList<>();
            for (YearWorld w : worlds) {
                rows.add(pool.submit(() -> DyadFrame.year(w, table)));
            }
            List<DyadFrame.Year> byYear = new ArrayList<>();
            for (Future<DyadFrame.Year> f : rows) {
                byYear.add(join(f));
            }
            return score(new DyadFrame(byYear), req, runs, pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The baselines and every forecast's scores, on {@code pool}: the baselines' fits start first
     * (the pool runs tasks in the order given, so no baseline's scoring is left for the end), the
     * theories' scoring after them, and each baseline is scored once the fits are in; the scores
     * are listed in the order {@link Scorer#score} lists them, whatever ran first.
     */
    private static Result score(DyadFrame frame, Request req, Map<String, List<YearPrediction>> runs,
                                ExecutorService pool) throws InterruptedException {
        List<String> targets = List.of("any", "defence");
        // the fits first: they need only the frame, and each baseline's scoring waits for its fit
        List<Future<Baselines.Made>> made = new ArrayList<>();
        for (String target : targets) {
            for (var task : Baselines.tasks(frame, req.lastTrainingYear(), Scorer.TARGETS.get(target))) {
                made.add(pool.submit(task::get));
            }
        }
        List<Span> spans = Span.of(req.settings().from(), req.settings().to(), req.trainTo());
        var boots = Scorer.bootstraps(spans, req.replicates(), req.settings().seed());
        Map<String, List<Forecast>> forecasts = new LinkedHashMap<>();
        for (String target : targets) {
            forecasts.put(target, new ArrayList<>(Forecast.theories(runs, frame, Scorer.TARGETS.get(target))));
        }
        Map<String, Future<Scorer.Scored>> scored = new HashMap<>();
        submitScores(frame, forecasts, spans, boots, scored, pool);
        List<String> notes = new ArrayList<>();
        int k = 0;
        for (String target : targets) {
            List<Forecast> base = new ArrayList<>();
            for (int b = 0; b < made.size() / targets.size(); b++) {
                join(made.get(k++)).into(base, notes);
            }
            forecasts.get(target).addAll(base);
        }
        submitScores(frame, forecasts, spans, boots, scored, pool);
        List<Score> scores = new ArrayList<>();
        Map<String, Map<String, RocCurve>> curves = new LinkedHashMap<>();
        for (String name : Scorer.byName(forecasts).keySet()) {
            Scorer.Scored one = join(scored.get(name));
            scores.addAll(one.scores());
            one.curves().forEach((target, c) -> curves.computeIfAbsent(target, t -> new LinkedHashMap<>()).put(name, c));
        }
        return new Result(req, frame, runs, forecasts, spans, scores, notes, curves);
    }

    /** Starts scoring every forecast name not yet started. */
    private static void submitScores(DyadFrame frame, Map<String, List<Forecast>> forecasts, List<Span> spans,
                                     List<org.alliancesim.backtest.score.YearBootstrap> boots,
                                     Map<String, Future<Scorer.Scored>> scored, ExecutorService pool) {
        for (var e : Scorer.byName(forecasts).entrySet()) {
            if (!scored.containsKey(e.getKey())) {
                var byTarget = e.getValue();
                scored.put(e.getKey(), pool.submit(() -> Scorer.scoreOne(frame, e.getKey(), byTarget, spans, boots)));
            }
        }
    }

    private static <T> T join(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
