package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generation by generation, the batched driver evaluates exactly the candidates, in exactly the
 * order, that Commons Math's CMA-ES evaluates one after another, and so reaches the same fit
 * (seeded generator of dimensions, budgets, seeds and objectives).
 */
class GenerationsTest {
    static Stream<Arguments> cases() {
        Random g = new Random(20261201L);
        List<Arguments> out = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            int d = 1 + g.nextInt(7);
            int budget = 2 + g.nextInt(80);
            long seed = g.nextLong();
            double[] target = new double[d];
            for (int i = 0; i < d; i++) {
                target[i] = g.nextDouble();
            }
            double[] x0 = new double[d];
            for (int i = 0; i < d; i++) {
                x0[i] = g.nextDouble();
            }
            out.add(Arguments.of(d, budget, seed, target, x0, g.nextBoolean()));
        }
        return out.stream();
    }

    /** A bumpy bowl around {@code target}, or (coarse) a function with plateaus, so candidates repeat. */
    static double f(List<Double> x, double[] target, boolean coarse) {
        double s = 0;
        for (int i = 0; i < x.size(); i++) {
            double e = x.get(i) - target[i];
            s += e * e + 0.05 * Math.sin(17 * x.get(i));
        }
        return coarse ? Math.round(s * 20) / 20.0 : s;
    }

    static Function<double[], List<Double>> key(boolean coarse) {
        return u -> {
            List<Double> k = new ArrayList<>();
            for (double v : u) {
                double c = Math.max(0, Math.min(1, v));
                k.add(coarse ? Math.round(c * 20) / 20.0 : Math.round(c * 1e6) / 1e6);
            }
            return k;
        };
    }

    @ParameterizedTest
    @MethodSource("cases")
    void batchesSeeWhatTheOneByOneOptimiserSees(int d, int budget, long seed, double[] target, double[] x0,
                                               boolean coarse) throws Exception {
        int lambda = 4 + (int) Math.floor(3 * Math.log(d));
        var s = new Generations.Settings(budget, seed, x0, 0.3, lambda, budget);
        Function<double[], List<Double>> key = key(coarse);
        List<Integer> batchSizes = new ArrayList<>();
        List<Map.Entry<List<Double>, Double>> batched = Generations.run(s, key, cands -> {
            batchSizes.add(cands.size());
            return cands.stream().map(c -> f(c, target, coarse)).toList();
        }, (k, v) -> { });

        assertThat(batched).containsExactlyElementsOf(oneByOne(s, key, target, coarse));
        assertThat(batched.size()).isLessThanOrEqualTo(budget);
        assertThat(batchSizes.get(0)).as("the starting point alone first").isEqualTo(1);
        assertThat(batchSizes).allMatch(n -> n <= lambda);
    }

    /** What Calibration did before batches: each new candidate evaluated when the optimiser asks. */
    static List<Map.Entry<List<Double>, Double>> oneByOne(Generations.Settings s, Function<double[], List<Double>> key,
                                                          double[] target, boolean coarse) {
        Map<List<Double>, Double> seen = new HashMap<>();
        List<Map.Entry<List<Double>, Double>> history = new ArrayList<>();
        Function<double[], Double> value = u -> {
            List<Double> k = key.apply(u);
            Double known = seen.get(k);
            if (known != null) {
                return known;
            }
            if (history.size() >= s.budget()) {
                throw new TooManyEvaluationsException(s.budget());
            }
            double v = f(k, target, coarse);
            seen.put(k, v);
            history.add(Map.entry(k, v));
            return v;
        };
        value.apply(s.x0());
        int d = s.x0().length;
        double[] sigma = new double[d];
        java.util.Arrays.fill(sigma, s.sigma());
        double[] hi = new double[d];
        java.util.Arrays.fill(hi, 1);
        try {
            new CMAESOptimizer(s.maxIterations(), Double.NEGATIVE_INFINITY, true, 0, 0, new MersenneTwister(s.seed()),
                    false, new SimpleValueChecker(1e-9, 1e-12)).optimize(new MaxEval(Integer.MAX_VALUE),
                    new ObjectiveFunction(value::apply), GoalType.MINIMIZE, new InitialGuess(s.x0()),
                    new SimpleBounds(new double[d], hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(s.lambda()));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent
        }
        return history;
    }
}
