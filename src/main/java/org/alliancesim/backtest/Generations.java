package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Runs Commons Math's {@link CMAESOptimizer} so that each generation's candidates are evaluated
 * together, as one batch (on the local pool or a cluster), while the optimiser sees exactly the
 * values, in exactly the order, that it would see evaluating them one after another.
 *
 * <p>The optimiser asks for a generation's {@code lambda} candidates one by one, but draws all of
 * the generation's random numbers first and reads none of its values until the last has been
 * answered (it checks no feasibility: {@code checkFeasableCount} is 0). So each round replays the
 * optimiser from its seed, answering every candidate already evaluated from the cache; the first
 * generation with a new candidate is collected (its new candidates, in the order asked, answered
 * with a placeholder the optimiser never gets to use) and the replay stops at the first call of
 * the next generation. The batch is evaluated, cached, and the next round replays again, until a
 * replay asks for nothing new. Replays cost the optimiser's arithmetic only (matrices of the
 * number of parameters), nothing of the model's.
 *
 * <p>The budget counts distinct candidates; a generation that would exceed it is cut where the
 * one-by-one run would have stopped.
 */
final class Generations {
    /** Thrown at the first call of the generation after the one collected. */
    private static final class GenerationEnd extends RuntimeException {
        GenerationEnd() {
            super(null, null, false, false);
        }
    }

    /** Evaluates a batch of candidates, returning their objectives in the order given. */
    @FunctionalInterface
    interface Batch<K> {
        List<Double> objectives(List<K> candidates) throws Exception;
    }

    /**
     * The optimiser's settings (as {@link Calibration} constructs it).
     *
     * @param maxIterations the optimiser's iteration limit (it also shapes its step-size damping)
     * @param seed the optimiser's seed
     * @param x0 the starting point, in the unit cube
     * @param sigma the initial step size of every coordinate
     * @param lambda the population size
     * @param budget the most distinct candidates evaluated, the starting point included
     */
    record Settings(int maxIterations, long seed, double[] x0, double sigma, int lambda, int budget) {
    }

    private Generations() {
    }

    /**
     * Every candidate evaluated, in the order the one-by-one optimiser would have evaluated them
     * (the starting point first), with its objective; {@code evaluated} is told of each in that order.
     *
     * @param key the candidate a point of the unit cube stands for (equal keys are evaluated once)
     */
    static <K> List<Map.Entry<K, Double>> run(Settings s, Function<double[], K> key, Batch<K> batch,
                                             java.util.function.BiConsumer<K, Double> evaluated) throws Exception {
        Map<K, Double> known = new HashMap<>();
        List<Map.Entry<K, Double>> history = new ArrayList<>();
        List<K> pending = List.of(key.apply(s.x0()));
        while (!pending.isEmpty()) {
            List<Double> values = batch.objectives(pending);
            if (values.size() != pending.size()) {
                throw new IllegalStateException(values.size() + " objectives for " + pending.size() + " candidates");
            }
            for (int i = 0; i < pending.size(); i++) {
                K k = pending.get(i);
                known.put(k, values.get(i));
                history.add(Map.entry(k, values.get(i)));
                evaluated.accept(k, values.get(i));
            }
            pending = replay(s, key, known);
        }
        return history;
    }

    /** Replays the optimiser; returns the new candidates of the first generation that has any. */
    private static <K> List<K> replay(Settings s, Function<double[], K> key, Map<K, Double> known) {
        List<K> pending = new ArrayList<>();
        int[] calls = {0};
        int[] collecting = {-1};
        ObjectiveFunction f = new ObjectiveFunction(u -> {
            int call = calls[0]++;
            int generation = call == 0 ? 0 : 1 + (call - 1) / s.lambda();
            if (collecting[0] >= 0 && generation != collecting[0]) {
                throw new GenerationEnd();
            }
            K k = key.apply(u);
            Double v = known.get(k);
            if (v != null) {
                return v;
            }
            if (!pending.contains(k)) {
                if (known.size() + pending.size() >= s.budget()) {
                    throw new TooManyEvaluationsException(s.budget());
                }
                pending.add(k);
                collecting[0] = generation;
            }
            return 0; // a placeholder: the replay ends before the optimiser reads this generation's values
        });
        int d = s.x0().length;
        double[] sigma = new double[d];
        java.util.Arrays.fill(sigma, s.sigma());
        double[] hi = new double[d];
        java.util.Arrays.fill(hi, 1);
        CMAESOptimizer cmaes = new CMAESOptimizer(s.maxIterations(), Double.NEGATIVE_INFINITY, true, 0, 0,
                new MersenneTwister(s.seed()), false, new SimpleValueChecker(1e-9, 1e-12));
        try {
            cmaes.optimize(new MaxEval(Integer.MAX_VALUE), f, GoalType.MINIMIZE, new InitialGuess(s.x0().clone()),
                    new SimpleBounds(new double[d], hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(s.lambda()));
        } catch (GenerationEnd | TooManyEvaluationsException e) {
            // the generation is collected, or the budget is spent
        } catch (RuntimeException e) {
            if (pending.isEmpty()) {
                throw e;
            }
            // the optimiser failed on the placeholders after the collected generation: the batch stands
        }
        return pending;
    }
}
