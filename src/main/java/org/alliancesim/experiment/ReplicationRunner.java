package org.alliancesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.alliancesim.model.Recorder;
import org.alliancesim.scenario.ScenarioTemplate;

/**
 * Runs every theory's replications of a {@link RunRequest} on a thread pool and hands the results
 * to a sink in a fixed order (theory by theory, replication by replication), whatever the thread
 * count. Seeds come from {@link Seeds}, never from the thread.
 */
public final class ReplicationRunner {

    /** Receives each finished run, in order. */
    public interface Sink {
        /**
         * @param seriesRows the run's rows of {@code series.csv}
         * @param factorRows its rows of {@code factors.csv} (empty unless the record mode is {@code factors})
         */
        void accept(Replication.Result result, CharSequence seriesRows, CharSequence factorRows) throws Exception;
    }

    private ReplicationRunner() {
    }

    public static void run(RunRequest req, Sink sink, IntConsumer progress) throws Exception {
        run(req, null, sink, progress);
    }

    /**
     * As {@link #run(RunRequest, Sink, IntConsumer)}, drawing each replication's uncertain inputs
     * from {@code inputs} with the replication's seed (theories share the draws); null or a
     * template without distributions runs {@code req.scenario()} throughout.
     */
    /** How many runs may be submitted ahead of the one the sink awaits: enough to keep every thread busy. */
    public static int window(int threads) {
        return Math.max(4, 4 * threads);
    }

    public static void run(RunRequest req, ScenarioTemplate inputs, Sink sink, IntConsumer progress) throws Exception {
        boolean draw = inputs != null && inputs.isUncertain();
        ExecutorService pool = DaemonPool.fixed(req.threads(), "alliance-sim-run");
        try {
            // runs are handed to the sink in order; at most window(threads) are submitted ahead of
            // the one awaited, so memory holds a bounded number of finished runs' series rows
            List<Callable<Object[]>> tasks = new ArrayList<>();
            for (String theory : req.theories()) {
                for (int rep = 0; rep < req.replications(); rep++) {
                    int r = rep;
                    tasks.add(() -> {
                        SeriesRecorder series = new SeriesRecorder(theory, r, req.record());
                        List<Recorder> recorders = List.of(series);
                        long seed = Seeds.replication(req.seed(), r);
                        Replication.Result res = Replication.run(draw ? inputs.resolve(seed) : req.scenario(), theory, r,
                                seed, req.steps(), recorders);
                        return new Object[] {res, series.rows(), series.factorRows()};
                    });
                }
            }
            ArrayDeque<Future<Object[]>> pending = new ArrayDeque<>();
            int window = window(req.threads());
            int next = 0;
            int done = 0;
            while (done < tasks.size()) {
                while (next < tasks.size() && pending.size() < window) {
                    pending.add(pool.submit(tasks.get(next++)));
                }
                Object[] out;
                try {
                    out = pending.poll().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
                }
                sink.accept((Replication.Result) out[0], (CharSequence) out[1], (CharSequence) out[2]);
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
