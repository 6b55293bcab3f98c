package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.alliancesim.backtest.atop.AllianceTable;
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
     */
    public record Result(Request request, DyadFrame frame, Map<String, List<YearPrediction>> runs,
                         Map<String, List<Forecast>> forecasts, List<Span> spans, List<Score> scores,
                         List<String> notes) {
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

    /** As above, calling {@code yearDone} after each theory's year. */
    public static Result run(YearWorldSource source, AllianceTable table, Request req, Runnable yearDone)
            throws InterruptedException, ExecutionException {
        BacktestRunner.Settings s = req.settings();
        checkCoverage(table, s.from(), s.to());
        List<YearWorld> worlds = BacktestRunner.worlds(source, s.from(), s.to());
        return score(worlds, table, req, BacktestRunner.run(worlds, req.theories(), s, yearDone));
    }

    /** Scores predictions already made on these worlds. */
    public static Result score(List<YearWorld> worlds, AllianceTable table, Request req,
                               Map<String, List<YearPrediction>> runs) {
        DyadFrame frame = new DyadFrame(worlds, table);
        List<String> notes = new ArrayList<>();
        Map<String, List<Forecast>> forecasts = new LinkedHashMap<>();
        for (String target : List.of("any", "defence")) {
            boolean defence = Scorer.TARGETS.get(target);
            List<Forecast> list = new ArrayList<>(Forecast.theories(runs, frame, defence));
            list.addAll(Baselines.all(frame, req.lastTrainingYear(), defence, notes));
            forecasts.put(target, list);
        }
        List<Span> spans = Span.of(req.settings().from(), req.settings().to(), req.trainTo());
        List<Score> scores = Scorer.score(frame, forecasts, spans, req.replicates(), req.settings().seed(),
                req.settings().threads());
        return new Result(req, frame, runs, forecasts, spans, scores, notes);
    }
}
