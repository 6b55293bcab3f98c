package org.alliancesim.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.alliancesim.backtest.CandidateEvaluator;
import org.alliancesim.backtest.CandidateObjective;
import org.alliancesim.backtest.TrainingDigest;

/**
 * A calibration's candidates evaluated on the members of a Hazelcast cluster, as a Hazelcast
 * client (it binds no port; connected as {@link ClusterSweep} connects, to the listed members
 * only): each generation's batch goes out as one {@link CandidateTask} per candidate and comes
 * back in candidate order ({@link CandidateDispatch}), so the optimiser sees what it sees on the
 * local pool. Members of another build are refused.
 */
public final class ClusterCalibration implements CandidateEvaluator {
    private final HazelcastInstance client;
    private final CalibrationPayload payload;
    private final CandidateDispatch<Member> dispatch;
    private List<double[]> batch = List.of();

    private ClusterCalibration(HazelcastInstance client, CalibrationPayload payload, Consumer<String> say,
                               IntConsumer members) {
        this.client = client;
        this.payload = payload;
        IExecutorService executor = client.getExecutorService(HazelcastDefaults.EXECUTOR);
        this.dispatch = new CandidateDispatch<>(new CandidateDispatch.Members<>() {
            @Override
            public List<Member> current() {
                try {
                    List<Member> out = new ArrayList<>();
                    for (Member m : client.getCluster().getMembers()) {
                        if (!m.isLiteMember()) {
                            out.add(m);
                        }
                    }
                    return out;
                } catch (HazelcastClientNotActiveException e) {
                    return List.of();
                }
            }

            @Override
            public String unfit(Member m) {
                String build = m.getAttribute(HazelcastDefaults.BUILD_ATTRIBUTE);
                return payload.build().equals(build) ? null : "it runs alliance-sim build " + build
                        + ", this calibration needs " + payload.build() + " (start it from the same build)";
            }

            @Override
            public boolean connected() {
                return client.getLifecycleService().isRunning();
            }

            @Override
            public void submit(Member m, int index, Consumer<CandidateOutcome> done, Consumer<Throwable> lost) {
                executor.submitToMember(new CandidateTask(payload, index, batch.get(index)), m,
                        new ExecutionCallback<CandidateOutcome>() {
                            @Override
                            public void onResponse(CandidateOutcome o) {
                                done.accept(o);
                            }

                            @Override
                            public void onFailure(Throwable t) {
                                lost.accept(t);
                            }
                        });
            }

            @Override
            public String name(Member m) {
                return String.valueOf(m.getAddress());
            }
        }, ClusterSweep.PER_MEMBER, ClusterSweep.graceMillis(), ClusterSweep.MAX_ATTEMPTS, say, members);
    }

    /**
     * Opens evaluators that connect to the cluster at {@code addresses} once the training years are
     * built (their digest goes into the payload), and disconnect when closed.
     *
     * @param payloadOf the payload for the training years' digest (see {@link CalibrationPayload#of})
     * @param say told what happens to members (refused, lost)
     * @param members told the number of usable members whenever it changes
     */
    public static CandidateEvaluator.Factory factory(List<String> addresses, String label,
                                                     Function<String, CalibrationPayload> payloadOf,
                                                     Consumer<String> say, IntConsumer members) {
        return (CandidateObjective objective) -> {
            CalibrationPayload payload = payloadOf.apply(TrainingDigest.of(objective.training()));
            HazelcastDefaults.apply(java.util.logging.Level.SEVERE);
            TaskFilter.installJvmWide();
            String name = HazelcastDefaults.clusterName(label);
            HazelcastInstance client;
            try {
                client = HazelcastClient.newHazelcastClient(ClusterSweep.clientConfig(addresses, name));
            } catch (IllegalStateException e) {
                throw new ClusterException("cannot reach cluster " + name + " at " + String.join(",", addresses)
                        + " within " + ClusterSweep.graceMillis() / 1000 + " s: start the workers first (alliance-sim"
                        + " worker, docs/cluster.md), with the same release and --cluster-name");
            }
            return new ClusterCalibration(client, payload, say, members);
        };
    }

    @Override
    public List<Double> objectives(List<Map<String, Double>> candidates) throws Exception {
        List<double[]> values = new ArrayList<>();
        for (Map<String, Double> c : candidates) {
            double[] v = new double[payload.paths().length];
            for (int k = 0; k < v.length; k++) {
                Double x = c.get(payload.paths()[k]);
                if (x == null) {
                    throw new IllegalArgumentException("the candidate has no value for " + payload.paths()[k]);
                }
                v[k] = x;
            }
            values.add(v);
        }
        batch = values;
        double[] r = dispatch.run(values.size());
        List<Double> out = new ArrayList<>(r.length);
        for (double x : r) {
            out.add(x);
        }
        return out;
    }

    @Override
    public void close() {
        if (client.getLifecycleService().isRunning()) {
            client.shutdown();
        }
    }
}
