package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.scenario.Parameters;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;

/**
 * Fits a theory's numeric parameters on training years with CMA-ES (Hansen 2006; Commons Math's
 * {@link CMAESOptimizer}, seeded, bounded by each parameter's declared range, searching the unit
 * cube the bounds map to). The objective to minimise is
 * {@code -(AUC + F1) / 2}: ROC AUC of the commitment and F1 of the ties in force, both for any
 * ATOP obligation, over every training dyad-year, averaged over seeded replications (perception is
 * noisy). A candidate the model refuses (e.g. tie thresholds out of order) scores 1, worse than
 * any other. The defaults are evaluated first, so a fit is never worse on the training years; a
 * candidate already run (after rounding to the params file's six decimals) is not run again, and
 * the budget counts distinct candidates.
 *
 * <p>The fit sees training years only: {@link #run} hands {@link #fit} a source and a table that
 * refuse every later year ({@link YearSources#upTo}, {@link AllianceTable#upTo}), and reads the
 * held-out years only after the fit is done, to score both parameter sets side by side (one chain
 * each, seeded by the spec's seed, as {@code backtest} runs them).
 *
 * <p>Each generation's new candidates are evaluated together ({@link Generations}): every chain of
 * the batch runs in parallel on the local pool, or each candidate on a cluster worker
 * ({@code calibrate --cluster}); the optimiser sees the same values in the same order either way,
 * so the fit depends neither on the thread count nor on where the candidates ran.
 */
public final class Calibration {
    /** The objective of a candidate the model refuses. */
    static final double INFEASIBLE = 1;

    private Calibration() {
    }

    /**
     * @param theory the theory fitted
     * @param parameters the parameters fitted
     * @param from first training year
     * @param trainTo last training year
     * @param stepsPerYear settle steps per year
     * @param base the parameters the candidates are set over (e.g. a --params file over each year's own)
     * @param evaluations the evaluation budget (model chains per replication, defaults included)
     * @param replications seeded chains per evaluation
     * @param seed the seed of the optimiser and of the chains
     * @param threads pool size
     */
    public record Spec(String theory, List<ParameterPaths.Bounded> parameters, int from, int trainTo, int stepsPerYear,
                       UnaryOperator<Parameters> base, int evaluations, int replications, long seed, int threads) {
        public Spec {
            parameters = List.copyOf(parameters);
            if (parameters.isEmpty()) {
                throw new IllegalArgumentException("no parameter to fit");
            }
            if (evaluations < 2) {
                throw new IllegalArgumentException("--evaluations must be at least 2, got " + evaluations);
            }
            if (replications < 1) {
                throw new IllegalArgumentException("--replications must be at least 1, got " + replications);
            }
            if (from > trainTo) {
                throw new IllegalArgumentException("the training span " + from + "-" + trainTo + " is empty");
            }
        }
    }

    /** One evaluated candidate. */
    public record Evaluation(int number, Map<String, Double> values, double objective) {
    }

    /**
     * @param values the fitted value of each parameter
     * @param objective its training objective
     * @param defaultObjective the defaults' training objective
     * @param history every evaluation, in order
     */
    public record Fit(Map<String, Double> values, double objective, double defaultObjective, List<Evaluation> history) {
    }

    /** Told when the fit is done, before any held-out year is read. */
    public interface Listener {
        void fitted(Fit fit);

        /** Told after each candidate is run (progress). */
        default void evaluated(Evaluation e) {
        }
    }

    /**
     * @param fit the fit
     * @param scores training and held-out scores of the defaults ({@code THEORY:default}) and the fit
     *     ({@code THEORY:fitted}), with the baselines
     */
    public record Result(Fit fit, Backtest.Result scores) {
    }

    /** Fits on [from, trainTo] and then scores defaults and fit on [from, to]. */
    public static Result run(YearWorldSource source, AllianceTable table, Spec spec, int to, int replicates,
                             Listener listener) throws Exception {
        return run(source, table, spec, to, replicates, listener, CandidateEvaluator.local(spec.threads()));
    }

    /** As above, each generation's candidates evaluated by what {@code evaluators} opens (e.g. a cluster). */
    public static Result run(YearWorldSource source, AllianceTable table, Spec spec, int to, int replicates,
                             Listener listener, CandidateEvaluator.Factory evaluators) throws Exception {
        Training training = Training.of(YearSources.upTo(source, spec.trainTo()), table.upTo(spec.trainTo()),
                spec.from(), spec.trainTo(), spec.threads());
        Fit fit = fit(training, spec, listener::evaluated, evaluators);
        listener.fitted(fit);
        Backtest.checkCoverage(table, spec.from(), to);
        // the training years' worlds again (a world depends on its year alone), then the held-out years'
        List<YearWorld> worlds = new ArrayList<>(training.worlds());
        if (to > spec.trainTo()) {
            worlds.addAll(BacktestRunner.worlds(source, spec.trainTo() + 1, to, spec.threads()));
        }
        ExecutorService pool = org.alliancesim.experiment.DaemonPool.fixed(Math.min(2, spec.threads()), "alliance-sim-calibrate");
        try {
            UnaryOperator<Parameters> fitted = with(spec.base(), fit.values());
            Future<List<YearPrediction>> d = pool.submit(() -> Chain.run(worlds, spec.theory(), spec.stepsPerYear(),
                    spec.seed(), spec.base()));
            Future<List<YearPrediction>> f = pool.submit(() -> Chain.run(worlds, spec.theory(), spec.stepsPerYear(),
                    spec.seed(), fitted));
            Map<String, List<YearPrediction>> runs = new LinkedHashMap<>();
            runs.put(spec.theory() + ":default", d.get());
            runs.put(spec.theory() + ":fitted", f.get());
            var settings = new BacktestRunner.Settings(spec.from(), to, spec.stepsPerYear(), spec.seed(), spec.base(),
                    spec.threads());
            var req = new Backtest.Request(List.copyOf(runs.keySet()), settings, spec.trainTo(), replicates);
            return new Result(fit, Backtest.score(worlds, table, req, runs));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The fit, reading only what {@code training} and {@code table} give for [from, trainTo]. */
    public static Fit fit(YearWorldSource training, AllianceTable table, Spec spec) throws Exception {
        return fit(training, table, spec, e -> { });
    }

    /** As above, telling {@code evaluated} about each candidate run. */
    public static Fit fit(YearWorldSource training, AllianceTable table, Spec spec,
                          java.util.function.Consumer<Evaluation> evaluated) throws Exception {
        return fit(training, table, spec, evaluated, CandidateEvaluator.local(spec.threads()));
    }

    /**
     * As above, each generation's new candidates evaluated together by what {@code evaluators}
     * opens ({@link Generations}): the fit is the same wherever they run.
     */
    public static Fit fit(YearWorldSource training, AllianceTable table, Spec spec,
                          java.util.function.Consumer<Evaluation> evaluated, CandidateEvaluator.Factory evaluators)
            throws Exception {
        return fit(Training.of(training, table, spec.from(), spec.trainTo(), spec.threads()), spec, evaluated,
                evaluators);
    }

    /** The fit on training years already read. */
    private static Fit fit(Training t, Spec spec, java.util.function.Consumer<Evaluation> evaluated,
                           CandidateEvaluator.Factory evaluators) throws Exception {
        int d = spec.parameters().size();
        double[] x0 = new double[d];
        for (int k = 0; k < d; k++) {
            var p = spec.parameters().get(k);
            x0[k] = clip((p.defaultValue() - p.min()) / (p.max() - p.min()));
        }
        CandidateObjective objective = new CandidateObjective(spec.theory(), spec.stepsPerYear(), spec.seed(),
                spec.replications(), spec.base(), t);
        List<Evaluation> history = new ArrayList<>();
        var settings = new Generations.Settings(spec.evaluations(), spec.seed(), x0, 0.3,
                4 + (int) Math.floor(3 * Math.log(d)), spec.evaluations());
        try (CandidateEvaluator evaluator = evaluators.open(objective)) {
            Generations.run(settings, u -> candidate(spec, u), evaluator::objectives, (values, obj) -> {
                history.add(new Evaluation(history.size() + 1, values, obj));
                evaluated.accept(history.get(history.size() - 1));
            });
        }
        Evaluation best = history.get(0);
        for (Evaluation e : history) {
            if (e.objective() < best.objective()) {
                best = e;
            }
        }
        return new Fit(best.values(), best.objective(), history.get(0).objective(), List.copyOf(history));
    }

    /** The parameter values a point of the unit cube stands for, rounded as the params file will hold them. */
    static Map<String, Double> candidate(Spec spec, double[] u) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < u.length; k++) {
            var p = spec.parameters().get(k);
            double v = p.min() + clip(u[k]) * (p.max() - p.min());
            values.put(p.path(), Math.round(v * 1e6) / 1e6);
        }
        return values;
    }

    private static double clip(double u) {
        return Math.max(0, Math.min(1, u));
    }

    /** The base parameters with these values set. */
    static UnaryOperator<Parameters> with(UnaryOperator<Parameters> base, Map<String, Double> values) {
        ParamsFile f = ParamsFile.parseUnchecked(ParamsFile.text(values, List.of()));
        return p -> f.applyChecked(base.apply(p));
    }
}
