package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Evaluates a batch of candidates (one CMA-ES generation's new ones) and returns their objectives
 * in candidate order, wherever they ran: on the local pool ({@link #local}) or on a cluster's
 * workers. Closing it releases the pool or the connection.
 */
public interface CandidateEvaluator extends AutoCloseable {
    /** The objective of each candidate, in the order given. */
    List<Double> objectives(List<Map<String, Double>> candidates) throws Exception;

    @Override
    void close();

    /** Opens an evaluator for a fit's training years and objective. */
    @FunctionalInterface
    interface Factory {
        CandidateEvaluator open(CandidateObjective objective) throws Exception;
    }

    /** Every chain of the batch on a pool of {@code threads}; the results do not depend on the count. */
    static Factory local(int threads) {
        return objective -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            return new CandidateEvaluator() {
                @Override
                public List<Double> objectives(List<Map<String, Double>> candidates) throws Exception {
                    List<CandidateObjective.Pending> started = new ArrayList<>();
                    for (Map<String, Double> c : candidates) {
                        started.add(objective.submit(c, pool));
                    }
                    List<Double> out = new ArrayList<>();
                    for (CandidateObjective.Pending p : started) {
                        out.add(p.get());
                    }
                    return out;
                }

                @Override
                public void close() {
                    pool.shutdownNow();
                }
            };
        };
    }
}
