package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;
import org.alliancesim.scenario.ScenarioException;

/**
 * One chunk of a sweep, run on a worker: refuses it unless the worker's {@link BuildId} and the
 * fingerprint of the sweep it loads from the payload equal the client's, then runs the chunk's
 * runs on the worker's threads exactly as a local sweep runs them ({@link SweepRunner#chunkRows}).
 */
public final class ChunkTask implements Callable<ChunkOutcome>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, SweepRunner> LOADED = new ConcurrentHashMap<>();
    private static volatile ExecutorService pool;
    private static int threads = Runtime.getRuntime().availableProcessors();
    private final SweepPayload sweep;
    private final int chunk;

    public ChunkTask(SweepPayload sweep, int chunk) {
        this.sweep = sweep;
        this.chunk = chunk;
    }

    /** Threads that run simulations in this JVM (set before the first task). */
    static void threads(int k) {
        threads = k;
    }

    @Override
    public ChunkOutcome call() {
        String mine = BuildId.get();
        if (!mine.equals(sweep.build())) {
            return ChunkOutcome.refused(chunk, "this member runs alliance-sim build " + mine + " but the sweep was "
                    + "submitted by build " + sweep.build() + "; start every worker from the same build as the client");
        }
        try {
            SweepRunner runner = runner();
            if (runner == null) {
                return ChunkOutcome.refused(chunk, "the sweep " + sweep.sweepFile() + " loads here with another "
                        + "fingerprint than on the client (its scenario or the program differ)");
            }
            return ChunkOutcome.done(chunk, runner.chunkRows(chunk, pool()));
        } catch (ScenarioException e) {
            return ChunkOutcome.failed(chunk, e.problems().toString());
        } catch (Exception | StackOverflowError e) {
            return ChunkOutcome.failed(chunk, e.toString());
        }
    }

    /** The sweep loaded from the payload's texts (cached by their digest, not by the fingerprint they claim). */
    private SweepRunner runner() throws ScenarioException {
        String key = digest(sweep.fingerprint(), sweep.sweepText(), sweep.scenarioText());
        SweepRunner r = LOADED.get(key);
        if (r != null) {
            return r;
        }
        SweepSpec spec = SweepLoader.load(Path.of(sweep.sweepFile()), sweep.sweepText(), sweep.scenarioText());
        if (!spec.fingerprint().equals(sweep.fingerprint())) {
            return null;
        }
        if (LOADED.size() > 4) {
            LOADED.clear();
        }
        r = new SweepRunner(spec);
        LOADED.put(key, r);
        return r;
    }

    private static String digest(String... texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (ChunkTask.class) {
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "alliance-sim-worker");
                        t.setDaemon(true);
                        return t;
                    });
                }
                p = pool;
            }
        }
        return p;
    }
}
