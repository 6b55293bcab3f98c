package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.alliancesim.backtest.score.Confusion;
import org.alliancesim.backtest.score.Ranking;
import org.alliancesim.history.YearWorld;
import org.alliancesim.scenario.Parameters;

/**
 * The objective of one candidate parameter set on the training years: {@code -(AUC + F1) / 2} of
 * each seeded chain (ROC AUC of the commitment, F1 of the ties in force, any ATOP obligation, every
 * training dyad-year), averaged over the replications in replication order; {@link
 * Calibration#INFEASIBLE} for a candidate the model refuses. The same code runs a candidate on the
 * local pool and on a cluster worker, so both give the same number.
 */
public final class CandidateObjective {
    private final String theory;
    private final int stepsPerYear;
    private final long seed;
    private final int replications;
    private final UnaryOperator<Parameters> base;
    private final Training training;

    /**
     * @param base the parameters the candidate's values are set over (e.g. a --params file's)
     */
    public CandidateObjective(String theory, int stepsPerYear, long seed, int replications,
                              UnaryOperator<Parameters> base, Training training) {
        this.theory = theory;
        this.stepsPerYear = stepsPerYear;
        this.seed = seed;
        this.replications = replications;
        this.base = base;
        this.training = training;
    }

    public Training training() {
        return training;
    }

    /** A candidate whose chains run on a pool; {@link #get} waits for them. */
    public static final class Pending {
        private final List<Future<Double>> chains;

        private Pending(List<Future<Double>> chains) {
            this.chains = chains;
        }

        /** The objective: the mean over the chains in replication order, or INFEASIBLE. */
        public double get() throws InterruptedException, ExecutionException {
            if (chains == null) {
                return Calibration.INFEASIBLE;
            }
            double sum = 0;
            for (Future<Double> f : chains) {
                try {
                    sum += f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IllegalArgumentException) {
                        return Calibration.INFEASIBLE;
                    }
                    throw e;
                }
            }
            return sum / chains.size();
        }
    }

    /** Starts the candidate's chains on {@code pool} (a candidate the model refuses starts none). */
    public Pending submit(Map<String, Double> values, ExecutorService pool) {
        UnaryOperator<Parameters> params;
        try {
            params = Calibration.with(base, values);
            for (YearWorld w : training.worlds().subList(0, 1)) {
                params.apply(w.scenario().parameters()); // refused candidates fail here, before any run
            }
        } catch (IllegalArgumentException e) {
            return new Pending(null);
        }
        List<Future<Double>> chains = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            long s = Seeds.replication(seed, r);
            UnaryOperator<Parameters> p = params;
            chains.add(pool.submit(() -> score(Chain.run(training.worlds(), theory, stepsPerYear, s, p))));
        }
        return new Pending(chains);
    }

    /** The candidate's objective, its chains run on {@code pool}. */
    public double objective(Map<String, Double> values, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        return submit(values, pool).get();
    }

    /** -(AUC + F1) / 2 of one chain, any obligation, every training dyad-year. */
    private double score(List<YearPrediction> years) {
        DyadFrame frame = training.frame();
        Forecast f = Forecast.theory(theory, years, frame, false);
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
