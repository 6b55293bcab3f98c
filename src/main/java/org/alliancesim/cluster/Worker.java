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
 * A cluster member that runs sweep chunks ({@link ChunkTask}) until it is stopped. It prints a
 * line when it has joined and whenever a member joins or leaves, with the member count, and warns
 * about a member of another build (whose chunks would be refused).
 */
public final class Worker {
    private Worker() {
    }

    /** Starts the member and blocks until it shuts down (Ctrl-C, kill, or the JVM exiting). */
    public static void run(MemberSettings settings, PrintWriter out) throws InterruptedException {
        HazelcastDefaults.apply(java.util.logging.Level.WARNING);
        ChunkTask.threads(settings.threads());
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(settings.toConfig());
        CountDownLatch stopped = new CountDownLatch(1);
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        String build = BuildId.get();
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                say(out, "member " + e.getMember().getAddress() + " joined: " + e.getMembers().size() + " members"
                        + foreign(e.getMember(), build));
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
        }
        stopped.await();
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
