package org.alliancesim.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.alliancesim.experiment.sweep.SweepRunner;

/**
 * Runs a sweep's missing chunks on the members of a Hazelcast cluster, as a Hazelcast client (it
 * binds no port). Each chunk is one task ({@link ChunkTask}); each member holds at most
 * {@link #PER_MEMBER} at once (one running, one queued, so no member idles between chunks). A
 * finished chunk is journaled exactly as a local sweep journals it, so the files assembled
 * afterwards are byte-identical. A chunk whose member fails or leaves (e.g. {@code kill -9}) goes
 * back to the queue and runs elsewhere; the journal keeps the first copy of a chunk and ignores any
 * later one, so no run is lost or counted twice. Members of another build are refused.
 */
public final class ClusterSweep {
    static final int PER_MEMBER = 2;
    /**
     * How long the sweep waits to reach the cluster, and with no usable member, before it gives up:
     * 30 s, or the system property {@code alliance-sim.cluster.grace-ms}.
     */
    static long graceMillis() {
        return Long.getLong("alliance-sim.cluster.grace-ms", 30_000L);
    }
    static final int MAX_ATTEMPTS = 20;
    private final HazelcastInstance client;
    private final SweepRunner runner;
    private final SweepJournal journal;
    private final SweepPayload payload;
    private final Consumer<String> say;
    private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    private final Map<Integer, Long> current = new HashMap<>();
    private final Map<UUID, Integer> load = new HashMap<>();
    private final Map<UUID, Long> suspectUntil = new HashMap<>();
    private final Set<UUID> refused = new HashSet<>();
    private final Map<Integer, Integer> attempts = new HashMap<>();
    private long nextAttempt;

    private record Completion(int chunk, long attempt, Member member, ChunkOutcome outcome, Throwable error) {
    }

    private ClusterSweep(HazelcastInstance client, SweepRunner runner, SweepJournal journal, SweepPayload payload,
                         Consumer<String> say) {
        this.client = client;
        this.runner = runner;
        this.journal = journal;
        this.payload = payload;
        this.say = say;
    }

    /**
     * Connects to the cluster at {@code addresses}, runs every chunk the journal lacks and
     * disconnects.
     *
     * @param progress told the runs done so far (journaled chunks included)
     * @param members told the number of usable members whenever it changes
     * @param say told what happens to members (left, refused)
     * @throws ClusterException when no member can be reached, every member is gone, or a chunk fails
     */
    public static void run(List<String> addresses, String label, SweepRunner runner, SweepJournal journal,
                           SweepPayload payload, LongConsumer progress, IntConsumer members, Consumer<String> say)
            throws Exception {
        HazelcastDefaults.apply(java.util.logging.Level.SEVERE);
        TaskFilter.installJvmWide();
        String name = HazelcastDefaults.clusterName(label);
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(clientConfig(addresses, name));
        } catch (IllegalStateException e) {
            throw new ClusterException("cannot reach cluster " + name + " at " + String.join(",", addresses)
                    + " within " + graceMillis() / 1000 + " s: start the workers first (alliance-sim worker, docs/cluster.md), "
                    + "with the same release and --cluster-name. Then run the same command with --resume (the work folder "
                    + journal.dir() + " is kept), or with --force to start over");
        }
        try {
            new ClusterSweep(client, runner, journal, payload, say).dispatch(progress, members);
        } finally {
            if (client.getLifecycleService().isRunning()) {
                client.shutdown();
            }
        }
    }

    /** The client configuration: only the listed addresses, no discovery, and a bounded wait. */
    static ClientConfig clientConfig(List<String> addresses, String name) {
        ClientConfig c = new ClientConfig();
        c.setClusterName(name);
        c.setProperty("hazelcast.logging.type", "jdk");
        c.setProperty("hazelcast.client.heartbeat.timeout", "20000");
        c.getNetworkConfig().setAddresses(new ArrayList<>(addresses)).setSmartRouting(true);
        c.getNetworkConfig().getAutoDetectionConfig().setEnabled(false);
        c.getSerializationConfig().setJavaSerializationFilterConfig(TaskFilter.hazelcastConfig());
        c.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(graceMillis());
        return c;
    }

    private void dispatch(LongConsumer progress, IntConsumer membersSeen) throws Exception {
        SweepRunner.Missing missing = runner.missing(journal);
        Deque<Integer> todo = new ArrayDeque<>(missing.chunks());
        long done = missing.runsDone();
        progress.accept(done);
        IExecutorService executor = client.getExecutorService(HazelcastDefaults.EXECUTOR);
        long idleSince = 0;
        int lastCount = -1;
        while (!todo.isEmpty() || !current.isEmpty()) {
            List<Member> usable;
            try {
                usable = usable();
            } catch (HazelcastClientNotActiveException e) {
                throw gone();
            }
            if (usable.size() != lastCount) {
                lastCount = usable.size();
                membersSeen.accept(lastCount);
            }
            if (usable.isEmpty()) {
                idleSince = idleSince == 0 ? System.currentTimeMillis() : idleSince;
                if (System.currentTimeMillis() - idleSince > graceMillis()) {
                    throw gone();
                }
            } else {
                idleSince = 0;
            }
            if (!client.getLifecycleService().isRunning()) {
                throw gone();
            }
            for (Member m : usable) {
                while (!todo.isEmpty() && load.getOrDefault(m.getUuid(), 0) < PER_MEMBER) {
                    submit(executor, todo.poll(), m);
                }
            }
            Completion c = completions.poll(200, TimeUnit.MILLISECONDS);
            for (; c != null; c = completions.poll()) {
                done += handle(c, todo);
                progress.accept(done);
            }
        }
    }

    private List<Member> usable() {
        List<Member> out = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (Member m : client.getCluster().getMembers()) {
            String build = m.getAttribute(HazelcastDefaults.BUILD_ATTRIBUTE);
            if (!payload.build().equals(build)) {
                if (refused.add(m.getUuid())) {
                    say.accept("refusing member " + m.getAddress() + ": it runs alliance-sim build " + build
                            + ", this sweep needs " + payload.build() + " (start it from the same build)");
                }
                continue;
            }
            if (!m.isLiteMember() && !refused.contains(m.getUuid()) && suspectUntil.getOrDefault(m.getUuid(), 0L) <= now) {
                out.add(m);
            }
        }
        return out;
    }

    private void submit(IExecutorService executor, int chunk, Member m) throws ClusterException {
        int n = attempts.merge(chunk, 1, Integer::sum);
        if (n > MAX_ATTEMPTS) {
            throw new ClusterException("chunk " + chunk + " failed on " + MAX_ATTEMPTS + " attempts; giving up. "
                    + journaledNote());
        }
        long id = ++nextAttempt;
        current.put(chunk, id);
        load.merge(m.getUuid(), 1, Integer::sum);
        try {
            executor.submitToMember(new ChunkTask(payload, chunk, client.getLocalEndpoint().getUuid()), m, new ExecutionCallback<ChunkOutcome>() {
                @Override
                public void onResponse(ChunkOutcome o) {
                    completions.add(new Completion(chunk, id, m, o, null));
                }

                @Override
                public void onFailure(Throwable t) {
                    completions.add(new Completion(chunk, id, m, null, t));
                }
            });
        } catch (RuntimeException e) {
            completions.add(new Completion(chunk, id, m, null, e));
        }
    }

    /** Returns the runs newly journaled. */
    private long handle(Completion c, Deque<Integer> todo) throws Exception {
        boolean live = Long.valueOf(c.attempt()).equals(current.get(c.chunk()));
        load.merge(c.member().getUuid(), -1, Integer::sum);
        ChunkOutcome o = c.outcome();
        if (o != null && o.rows() != null) {
            if (journal.has(c.chunk())) {
                return 0;
            }
            journal.write(c.chunk(), o.rows());
            current.remove(c.chunk());
            todo.remove(c.chunk());
            return runner.runsIn(c.chunk());
        }
        if (!live || journal.has(c.chunk())) {
            return 0;
        }
        current.remove(c.chunk());
        if (o != null && o.failure() != null) {
            throw new ClusterException("chunk " + c.chunk() + " failed on member " + c.member().getAddress() + ": "
                    + o.failure());
        }
        if (o != null) {
            refused.add(c.member().getUuid());
            say.accept("member " + c.member().getAddress() + " refused chunk " + c.chunk() + ": " + o.refusal());
        } else {
            suspectUntil.put(c.member().getUuid(), System.currentTimeMillis() + 5_000);
            say.accept("member " + c.member().getAddress() + " lost chunk " + c.chunk() + " ("
                    + c.error().getClass().getSimpleName() + "); it runs again elsewhere");
        }
        todo.addFirst(c.chunk());
        return 0;
    }

    private ClusterException gone() {
        return new ClusterException("no usable worker is left in the cluster (every member has left, or was refused). "
                + journaledNote());
    }

    private String journaledNote() {
        int have = 0;
        for (int c = 0; c < runner.chunks(); c++) {
            have += journal.has(c) ? 1 : 0;
        }
        return have + " of " + runner.chunks() + " chunks are finished and kept in " + journal.dir()
                + "; run the same command with --resume to finish (locally without --cluster, or on a new cluster)";
    }
}
