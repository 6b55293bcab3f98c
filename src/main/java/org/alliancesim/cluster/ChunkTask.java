package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.alliancesim.experiment.DaemonPool;
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
    private static volatile byte[] secret;
    /**
     * The most work one task may ask of a worker, in runs x steps x states: 2e9 (a chunk of 256 runs
     * of 1,000 steps of 190 states is 4.9e7). A larger chunk fails before any run starts.
     */
    static final long MAX_TASK_WORK = 2_000_000_000L;
    /** Clients that have left, and when (their tasks stop starting runs after {@link #CANCEL_GRACE_MILLIS}). */
    private static final Map<UUID, Long> GONE = new ConcurrentHashMap<>();
    /**
     * How long a client may stay disconnected before its tasks stop: 30 s, longer than the client's
     * heartbeat timeout (20 s), so a client that reconnects after a blip loses nothing.
     */
    static final long CANCEL_GRACE_MILLIS = Long.getLong("alliance-sim.cluster.cancel-grace-ms", 30_000);
    /** Where the worker reports a cancelled chunk (its output; nothing until set). */
    private static volatile java.util.function.Consumer<String> log = line -> { };
    private final SweepPayload sweep;
    private final int chunk;
    /** The client that submitted the task (null: never cancelled). */
    private final UUID client;

    public ChunkTask(SweepPayload sweep, int chunk) {
        this(sweep, chunk, null);
    }

    public ChunkTask(SweepPayload sweep, int chunk, UUID client) {
        this.sweep = sweep;
        this.chunk = chunk;
        this.client = client;
    }

    /** Called when a client disconnects from this member at {@code atMillis}. */
    static void clientLeft(UUID id, long atMillis) {
        if (GONE.size() > 10_000) {
            GONE.clear();
        }
        GONE.put(id, atMillis);
    }

    /** Called when a client (re)connects: its tasks carry on. */
    static void clientBack(UUID id) {
        GONE.remove(id);
    }

    private boolean cancelled() {
        Long left = client == null ? null : GONE.get(client);
        return left != null && System.currentTimeMillis() - left > CANCEL_GRACE_MILLIS;
    }

    /** The shared secret whose token every task must carry (null: tasks need no token). */
    static void secret(byte[] s) {
        secret = s == null ? null : s.clone();
    }

    /** Where to report cancelled chunks (the worker's output). */
    static void log(java.util.function.Consumer<String> l) {
        log = l;
    }

    /** Threads that run simulations in this JVM (set before the first task). */
    static void threads(int k) {
        threads = k;
    }

    @Override
    public ChunkOutcome call() {
        byte[] key = secret;
        if (key != null && !SweepToken.valid(key, sweep.build(), sweep.fingerprint(), sweep.token())) {
            return ChunkOutcome.refused(chunk, "the task carries no valid token for this worker's secret; give the sweep"
                    + " the workers' --secret-file");
        }
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
            if (chunk < 0 || chunk >= runner.chunks()) {
                return ChunkOutcome.failed(chunk, "the sweep has no chunk " + chunk + " (0 to " + (runner.chunks() - 1) + ")");
            }
            long states = runner.states();
            long work = runner.runsIn(chunk) * runner.spec().steps() * states;
            if (work < 0 || work > MAX_TASK_WORK) {
                return ChunkOutcome.failed(chunk, "the chunk asks for " + runner.runsIn(chunk) + " runs x "
                        + runner.spec().steps() + " steps x " + states + " states; a worker takes at most "
                        + MAX_TASK_WORK + " (lower chunkRuns, steps or replications)");
            }
            try {
                return ChunkOutcome.done(chunk, runner.chunkRows(chunk, pool(), this::cancelled));
            } catch (java.util.concurrent.CancellationException e) {
                Long left = GONE.get(client);
                log.accept("cancelled chunk " + chunk + " of sweep " + runner.spec().name() + ": its client left "
                        + (left == null ? "" : (System.currentTimeMillis() - left) / 1000 + " s ago") + " (" + e.getMessage() + ")");
                return ChunkOutcome.failed(chunk, "cancelled: the client that submitted the sweep left");
            }
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
                    pool = DaemonPool.fixed(threads, "alliance-sim-worker");
                }
                p = pool;
            }
        }
        return p;
    }
}
