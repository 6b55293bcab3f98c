package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.score.Confusion;
import org.alliancesim.backtest.score.Ranking;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.scenario.Parameters;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

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
 * <p>Commons Math evaluates a generation's candidates one after another, so the pool runs each
 * candidate's replications in parallel; the result does not depend on the thread count.
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
                             Listener listener) throws InterruptedException, ExecutionException {
        Fit fit = fit(YearSources.upTo(source, spec.trainTo()), table.upTo(spec.trainTo()), spec, listener::evaluated);
        listener.fitted(fit);
        Backtest.checkCoverage(table, spec.from(), to);
        List<YearWorld> worlds = BacktestRunner.worlds(source, spec.from(), to);
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
    public static Fit fit(YearWorldSource training, AllianceTable table, Spec spec)
            throws InterruptedException, ExecutionException {
        return fit(training, table, spec, e -> { });
    }

    /** As above, telling {@code evaluated} about each candidate run. */
    public static Fit fit(YearWorldSource training, AllianceTable table, Spec spec,
                          java.util.function.Consumer<Evaluation> evaluated)
            throws InterruptedException, ExecutionException {
        Backtest.checkCoverage(table, spec.from(), spec.trainTo());
        List<YearWorld> worlds = BacktestRunner.worlds(training, spec.from(), spec.trainTo());
        DyadFrame frame = new DyadFrame(worlds, table);
        int d = spec.parameters().size();
        double[] x0 = new double[d];
        for (int k = 0; k < d; k++) {
            var p = spec.parameters().get(k);
            x0[k] = clip((p.defaultValue() - p.min()) / (p.max() - p.min()));
        }
        ExecutorService pool = org.alliancesim.experiment.DaemonPool.fixed(Math.min(spec.threads(), spec.replications()),
                "alliance-sim-calibrate");
        List<Evaluation> history = new ArrayList<>();
        try {
            Objective obj = new Objective(spec, worlds, frame, pool, history, evaluated);
            double defaults = obj.value(x0);
            try {
                CMAESOptimizer cmaes = new CMAESOptimizer(spec.evaluations(), Double.NEGATIVE_INFINITY, true, 0, 0,
                        new MersenneTwister(spec.seed()), false, new SimpleValueChecker(1e-9, 1e-12));
                double[] sigma = new double[d];
                java.util.Arrays.fill(sigma, 0.3);
                double[] lo = new double[d];
                double[] hi = new double[d];
                java.util.Arrays.fill(hi, 1);
                // CMA-ES's first call is the defaults again, answered from the cache; the Objective enforces the budget
                cmaes.optimize(new MaxEval(Integer.MAX_VALUE), new ObjectiveFunction(obj::value),
                        GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(4 + (int) Math.floor(3 * Math.log(d))));
            } catch (TooManyEvaluationsException e) {
                // the budget is spent: the best candidate so far stands
            }
            Evaluation best = history.get(0);
            for (Evaluation e : history) {
                if (e.objective() < best.objective()) {
                    best = e;
                }
            }
            return new Fit(best.values(), best.objective(), defaults, List.copyOf(history));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double clip(double u) {
        return Math.max(0, Math.min(1, u));
    }

    /** The base parameters with these values set. */
    static UnaryOperator<Parameters> with(UnaryOperator<Parameters> base, Map<String, Double> values) {
        ParamsFile f = ParamsFile.parseUnchecked(ParamsFile.text(values, List.of()));
        return p -> f.applyChecked(base.apply(p));
    }

    /** The objective over the unit cube, recording every evaluation. */
    private static final class Objective {
        final Spec spec;
        final List<YearWorld> worlds;
        final DyadFrame frame;
        final ExecutorService pool;
        final List<Evaluation> history;
        /** Candidates already run (CMA-ES evaluates its starting point again; bounds repeat clipped points). */
        final Map<Map<String, Double>, Double> seen = new java.util.HashMap<>();

        final java.util.function.Consumer<Evaluation> evaluated;

        Objective(Spec spec, List<YearWorld> worlds, DyadFrame frame, ExecutorService pool, List<Evaluation> history,
                  java.util.function.Consumer<Evaluation> evaluated) {
            this.evaluated = evaluated;
            this.spec = spec;
            this.worlds = worlds;
            this.frame = frame;
            this.pool = pool;
            this.history = history;
        }

        double value(double[] u) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < u.length; k++) {
                var p = spec.parameters().get(k);
                double v = p.min() + clip(u[k]) * (p.max() - p.min());
                values.put(p.path(), Math.round(v * 1e6) / 1e6); // as the params file will hold it
            }
            Double known = seen.get(values);
            if (known != null) {
                return known;
            }
            if (history.size() >= spec.evaluations()) {
                throw new TooManyEvaluationsException(spec.evaluations());
            }
            double obj;
            try {
                UnaryOperator<Parameters> params = with(spec.base(), values);
                for (YearWorld w : worlds.subList(0, 1)) {
                    params.apply(w.scenario().parameters()); // refused candidates fail here, before any run
                }
                List<Future<Double>> reps = new ArrayList<>();
                for (int r = 0; r < spec.replications(); r++) {
                    long seed = Seeds.replication(spec.seed(), r);
                    reps.add(pool.submit(() -> score(Chain.run(worlds, spec.theory(), spec.stepsPerYear(), seed, params))));
                }
                double sum = 0;
                for (Future<Double> f : reps) {
                    sum += f.get();
                }
                obj = sum / spec.replications();
            } catch (IllegalArgumentException e) {
                obj = INFEASIBLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IllegalArgumentException) {
                    obj = INFEASIBLE;
                } else {
                    throw new IllegalStateException(e.getCause());
                }
            }
            history.add(new Evaluation(history.size() + 1, values, obj));
            seen.put(values, obj);
            evaluated.accept(history.get(history.size() - 1));
            return obj;
        }

        /** -(AUC + F1) / 2 of one chain, any obligation, every training dyad-year. */
        double score(List<YearPrediction> years) {
            Forecast f = Forecast.theory(spec.theory(), years, frame, false);
            boolean[] obs = new boolean[frame.rows()];
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (int r = 0; r < obs.length; r++) {
                obs[r] = frame.observed(r, false);
                boolean p = f.predicted()[r];
                tp += p && obs[r] ? 1 : 0;
                fp += p && !obs[r] ? 1 : 0;
                fn += !p && obs[r] ? 1 : 0;
            }
            double auc = new Ranking(f.score(), obs, new int[obs.length]).auc();
            double f1 = new Confusion(tp, fp, fn, 0).f1();
            return -((Double.isNaN(auc) ? 0.5 : auc) + (Double.isNaN(f1) ? 0 : f1)) / 2;
        }
    }
}
