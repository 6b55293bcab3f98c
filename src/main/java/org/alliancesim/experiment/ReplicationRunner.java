package org.alliancesim.experiment;

import java.util.ArrayList;
import java.util.List;
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
        void accept(Replication.Result result, CharSequence seriesRows) throws Exception;
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
    public static void run(RunRequest req, ScenarioTemplate inputs, Sink sink, IntConsumer progress) throws Exception {
        boolean draw = inputs != null && inputs.isUncertain();
        ExecutorService pool = DaemonPool.fixed(req.threads(), "alliance-sim-run");
        try {
            List<Future<Object[]>> futures = new ArrayList<>();
            for (String theory : req.theories()) {
                for (int rep = 0; rep < req.replications(); rep++) {
                    int r = rep;
                    futures.add(pool.submit(() -> {
                        SeriesRecorder series = new SeriesRecorder(theory, r, req.record());
                        List<Recorder> recorders = List.of(series);
                        long seed = Seeds.replication(req.seed(), r);
                        Replication.Result res = Replication.run(draw ? inputs.resolve(seed) : req.scenario(), theory, r,
                                seed, req.steps(), recorders);
                        return new Object[] {res, series.rows()};
                    }));
                }
            }
            int done = 0;
            for (Future<Object[]> f : futures) {
                Object[] out;
                try {
                    out = f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
                }
                sink.accept((Replication.Result) out[0], (CharSequence) out[1]);
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
