package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * A cluster member that runs sweep chunks ({@link ChunkTask}) and calibration candidates
 * ({@link CandidateTask}) until it is stopped. It prints a
 * line when it has joined and whenever a member joins or leaves, with the member count, and warns
 * about a member of another build (whose chunks would be refused).
 */
public final class Worker {
    private Worker() {
    }

    /**
     * Starts the member and blocks until it shuts down (Ctrl-C, kill, the JVM exiting, or a fault:
     * then the process ends, never a live JVM with a dead member).
     *
     * @param secret the shared secret whose token every task must carry, or null
     * @throws ClusterException when the member cannot start, or leaves because an unlisted member joined
     */
    public static void run(MemberSettings settings, byte[] secret, PrintWriter out) throws InterruptedException, ClusterException {
        HazelcastDefaults.apply(java.util.logging.Level.WARNING);
        TaskFilter.installJvmWide();
        ChunkTask.threads(settings.threads());
        ChunkTask.secret(secret);
        CandidateTask.threads(settings.threads());
        CandidateTask.secret(secret);
        ChunkTask.log(line -> say(out, line));
        // a member that runs out of memory is dead to the cluster: end the process rather than leave a zombie
        Hazelcast.setOutOfMemoryHandler(new com.hazelcast.core.OutOfMemoryHandler() {
            @Override
            public void onOutOfMemory(OutOfMemoryError oome, HazelcastInstance[] instances) {
                System.err.println("error: the worker ran out of memory (" + oome.getMessage() + "); it exits");
                Runtime.getRuntime().halt(EXIT_FAULT);
            }
        });
        HazelcastInstance hz;
        java.util.Set<String> listed = listed(settings.members());
        try {
            // unlisted joiners are refused by the master's join check (ListedMembers), not by leaving
            com.hazelcast.config.Config config = settings.toConfig();
            String proof = ListedMembers.proof(secret, settings.clusterName());
            if (proof != null) {
                config.getMemberAttributeConfig().setAttribute(ListedMembers.PROOF_ATTRIBUTE, proof);
            }
            hz = com.hazelcast.instance.impl.HazelcastInstanceFactory.newHazelcastInstance(config, null,
                    new ListedMembers(listed, secret, settings.clusterName(), line -> say(out, line)));
        } catch (RuntimeException e) {
            throw new ClusterException("the worker could not start on " + settings.iface() + ":" + settings.port() + ": "
                    + e.getMessage() + " (is the port in use?)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        String[] why = new String[1];
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTTING_DOWN
                    || e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN
                    || e.getState() == LifecycleEvent.LifecycleState.MERGE_FAILED) {
                stopped.countDown();
            }
        });
        hz.getClientService().addClientListener(new com.hazelcast.client.ClientListener() {
            @Override
            public void clientConnected(com.hazelcast.client.Client client) {
                ChunkTask.clientBack(client.getUuid());
            }

            @Override
            public void clientDisconnected(com.hazelcast.client.Client client) {
                ChunkTask.clientLeft(client.getUuid(), System.currentTimeMillis()); // its tasks soon start no more runs
            }
        });
        String build = BuildId.get();
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                say(out, "member " + e.getMember().getAddress() + " joined: " + e.getMembers().size() + " members"
                        + foreign(e.getMember(), build));
                leaveIfUnlisted(hz, e.getMember(), listed, secret, settings.clusterName(), out, why);
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                say(out, "member " + e.getMember().getAddress() + " left: " + e.getMembers().size() + " members");
            }
        });
        Member me = hz.getCluster().getLocalMember();
        say(out, "alliance-sim worker (build " + build + ", " + settings.threads() + " threads) joined cluster "
                + settings.clusterName() + " at " + me.getAddress() + ": " + hz.getCluster().getMembers().size()
                + " members");
        for (Member m : hz.getCluster().getMembers()) {
            String f = foreign(m, build);
            if (!f.isEmpty()) {
                say(out, "member " + m.getAddress() + f);
            }
            leaveIfUnlisted(hz, m, listed, secret, settings.clusterName(), out, why);
        }
        stopped.await();
        if (why[0] != null) {
            throw new ClusterException(why[0]);
        }
        if (!jvmExiting()) {
            // the member stopped on its own (a fault, a failed merge): end the process with an error
            throw new ClusterException("the cluster member stopped; the worker exits (restart it to rejoin)");
        }
    }

    /** Whether the JVM is already shutting down (Ctrl-C, a signal): then stopping is expected. */
    private static boolean jvmExiting() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The exit status of a worker that ends on a fault (out of memory). */
    static final int EXIT_FAULT = 4;

    /** The listed members as IP:PORT (host names resolved). */
    static java.util.Set<String> listed(java.util.List<String> members) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String m : members) {
            int colon = m.lastIndexOf(':');
            String host = m.substring(0, colon);
            try {
                for (java.net.InetAddress a : java.net.InetAddress.getAllByName(host)) {
                    out.add(a.getHostAddress() + m.substring(colon));
                }
            } catch (java.net.UnknownHostException e) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The last line of defence: unlisted joiners are refused before they join ({@link ListedMembers});
     * should one still appear in the cluster (a master without that check, e.g. an older build), a
     * worker that sees a member it was not given with {@code --member} leaves the cluster (and its
     * process ends with exit 4), so its work is never shared with a stranger.
     */
    static void leaveIfUnlisted(HazelcastInstance hz, Member m, java.util.Set<String> listed, byte[] secret,
                                String clusterName, PrintWriter out, String[] why) {
        String at;
        try {
            at = m.getAddress().getInetAddress().getHostAddress() + ":" + m.getAddress().getPort();
        } catch (java.net.UnknownHostException e) {
            at = m.getAddress().getHost() + ":" + m.getAddress().getPort();
        }
        String proof = m.getAttribute(ListedMembers.PROOF_ATTRIBUTE);
        boolean proven = secret == null || proof != null && SweepToken.valid(secret, "member", clusterName, proof);
        if (!listed.contains(at) || !proven) {
            synchronized (why) {
                if (why[0] != null) {
                    return; // already leaving
                }
                why[0] = !listed.contains(at)
                    ? "member " + at + " joined but is not listed with --member; this worker left the cluster so as not"
                    + " to share its work with an unlisted member (list every member on every worker)"
                    : "member " + at + " joined without this worker's --secret-file; this worker left the cluster so as not"
                    + " to share its work with it (give every worker the same --secret-file)";
            }
            say(out, "error: " + why[0]);
            new Thread(hz::shutdown, "alliance-sim-leave").start();
        }
    }

    private static String foreign(Member m, String build) {
        String theirs = m.getAttribute(HazelcastDefaults.BUILD_ATTRIBUTE);
        return theirs == null || theirs.equals(build) ? ""
                : " (warning: it runs build " + theirs + ", this one " + build + "; sweeps refuse the members whose build differs from theirs)";
    }

    private static void say(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
