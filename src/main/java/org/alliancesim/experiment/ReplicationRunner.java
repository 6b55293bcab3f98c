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
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;

/**
 * Runs every theory's replications of a {@link RunRequest} on a thread pool and hands the results
 * to a sink in a fixed order (theory by theory, replication by replication), whatever the thread
 * count. Seeds come from {@link Seeds}, never from the thread.
 */
public final class ReplicationRunner {

    /** Receives each finished run, in order. */
    public interface Sink {
        void accept(Replication.Result result) throws Exception;
    }

    private ReplicationRunner() {
    }

    /** Runs {@code req.scenario()} throughout, recording no series. */
    public static void run(RunRequest req, Sink sink, IntConsumer progress) throws Exception {
        run(req, null, SeriesSink.Factory.NONE, sink, progress);
    }

    /** How many runs may be submitted ahead of the one the sink awaits: enough to keep every thread busy. */
    public static int window(int threads) {
        return Math.max(4, 4 * threads);
    }

    /**
     * Runs every theory's replications, drawing each replication's uncertain inputs from
     * {@code inputs} with the replication's seed (resolved once and shared by the theories); null
     * or a template without distributions runs {@code req.scenario()} throughout. Each run hands
     * its series rows, as it makes them, to the sink {@code series} opens for it (on the run's
     * thread), and finishes that sink before its result reaches {@code sink}.
     */
    public static void run(RunRequest req, ScenarioTemplate inputs, SeriesSink.Factory series, Sink sink,
                           IntConsumer progress) throws Exception {
        ReplicationInputs scenarios = new ReplicationInputs(req.scenario(), inputs, req.theories().size());
        ExecutorService pool = DaemonPool.fixed(req.threads(), "alliance-sim-run");
        try {
            // runs are handed to the sink in order; at most window(threads) are submitted ahead of
            // the one awaited, so memory holds a bounded number of finished runs
            List<Callable<Replication.Result>> tasks = new ArrayList<>();
            for (String theory : req.theories()) {
                for (int rep = 0; rep < req.replications(); rep++) {
                    int r = rep;
                    tasks.add(() -> {
                        long seed = Seeds.replication(req.seed(), r);
                        Scenario scenario = scenarios.take(r, seed);
                        SeriesSink rows = req.record() == RecordMode.NONE ? SeriesSink.NONE : series.open(theory, r);
                        List<Recorder> recorders = rows == SeriesSink.NONE ? List.of()
                                : List.of(new SeriesRecorder(theory, r, req.record(), rows));
                        Replication.Result res = Replication.run(scenario, theory, r, seed, req.steps(), recorders);
                        rows.finish();
                        return res;
                    });
                }
            }
            ArrayDeque<Future<Replication.Result>> pending = new ArrayDeque<>();
            int window = window(req.threads());
            int next = 0;
            int done = 0;
            while (done < tasks.size()) {
                while (next < tasks.size() && pending.size() < window) {
                    pending.add(pool.submit(tasks.get(next++)));
                }
                Replication.Result out;
                try {
                    out = pending.poll().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
                }
                sink.accept(out);
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
