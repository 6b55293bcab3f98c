package org.alliancesim.cli;

import static org.alliancesim.cli.Loopback.awaitLine;
import static org.alliancesim.cli.Loopback.freePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.alliancesim.Version;
import org.alliancesim.cluster.ClusterTestFiles;
import org.alliancesim.cluster.SweepPayload;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's hostile cluster clients, on loopback against one real worker JVM started with a
 * shared secret: a task of an unknown class is refused by the deserialization filter (nothing of it
 * runs); a genuine task without the sweep's token is refused; a token-less task is refused before it
 * can ask for its million replications; and a member the worker does not list, or one at a listed
 * address without the secret, is refused at its join request while the worker stays in its
 * cluster (no denial of service), and the listed member with the secret then joins it.
 */
@org.alliancesim.Slow
class ClusterHostileTest {
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    /** What a stranger submits: serializable, callable, not one of the project's tasks. */
    record Stranger(String text) implements Callable<String>, Serializable {
        @Override
        public String call() {
            return "ran " + text;
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aWorkerTrustsNoStranger() throws Exception {
        try {
            int[] ports = freePorts(3);
            Path secret = Files.writeString(dir.resolve("secret"), "a shared secret of 32 characters\n");
            Path log = dir.resolve("worker.log");
            Process worker = start(log, "worker", "--port", Integer.toString(ports[0]), "--threads", "1",
                    "--member", "127.0.0.1:" + ports[0], "--member", "127.0.0.1:" + ports[2], "--secret-file", secret.toString());
            awaitLine(log, "joined cluster", Duration.ofSeconds(60));

            ClientConfig cc = new ClientConfig();
            cc.setClusterName("alliance-sim-" + Version.get());
            cc.getNetworkConfig().setAddresses(List.of("127.0.0.1:" + ports[0]));
            HazelcastInstance client = HazelcastClient.newHazelcastClient(cc);
            try {
                var executor = client.getExecutorService("alliance-sim-sweep");
                Throwable t = catchThrowable(() -> executor.submit(new Stranger("x")).get(30, TimeUnit.SECONDS));
                assertThat(t).as("a stranger's class must not be deserialized").isNotNull();
                assertThat(String.valueOf(t) + t.getCause()).containsAnyOf("REJECTED", "not allowed", "filter", "blacklist",
                        "Serialization");

                Path sweep = ClusterTestFiles.smallSweep(dir, 2, 4);
                SweepPayload noToken = SweepPayload.of(sweep, SweepLoader.load(sweep));
                var refused = executor.submit(new org.alliancesim.cluster.ChunkTask(noToken, 0)).get(30, TimeUnit.SECONDS);
                assertThat(refused.rows()).isNull();
                assertThat(refused.refusal()).contains("no valid token");

                Path big = Files.writeString(dir.resolve("big.yaml"), Files.readString(sweep)
                        .replaceFirst("replications: \\d+", "replications: 1000000")
                        .replaceFirst("steps: \\d+", "steps: 10000").replaceFirst("chunkRuns: \\d+", "chunkRuns: 1000000"));
                var huge = executor.submit(new org.alliancesim.cluster.ChunkTask(SweepPayload.of(big, SweepLoader.load(big)), 0))
                        .get(30, TimeUnit.SECONDS);
                assertThat(huge.rows()).isNull();
                assertThat(huge.refusal()).contains("no valid token");
            } finally {
                client.shutdown();
            }

            // an unlisted member (it lists the worker, the worker does not list it): refused at its
            // join request; the worker stays in its cluster, alone
            Path strangerLog = dir.resolve("stranger.log");
            Process stranger = start(strangerLog, "worker", "--port", Integer.toString(ports[1]), "--threads", "1",
                    "--member", "127.0.0.1:" + ports[0], "--member", "127.0.0.1:" + ports[1]);
            awaitLine(log, "member 127.0.0.1:" + ports[1] + " asked to join but is not listed with --member; refused"
                    + " (this worker stays)", Duration.ofSeconds(90));
            assertThat(stranger.waitFor(60, TimeUnit.SECONDS)).as("the refused member gives up").isTrue();
            // an impostor at a listed address, without the secret: refused too
            Path impostorLog = dir.resolve("impostor.log");
            Process impostor = start(impostorLog, "worker", "--port", Integer.toString(ports[2]), "--threads", "1",
                    "--member", "127.0.0.1:" + ports[0], "--member", "127.0.0.1:" + ports[2]);
            awaitLine(log, "member 127.0.0.1:" + ports[2] + " asked to join without this worker's --secret-file; refused",
                    Duration.ofSeconds(90));
            assertThat(impostor.waitFor(60, TimeUnit.SECONDS)).as("the impostor gives up").isTrue();
            assertThat(worker.isAlive()).as("the worker stays: " + Files.readString(log)).isTrue();
            assertThat(Files.readString(log)).doesNotContain(" joined: 2 members").doesNotContain("left the cluster")
                    .contains("Resolving class " + Stranger.class.getName() + " is not allowed"); // Hazelcast logs the refusal
            assertThat(Files.readString(strangerLog) + Files.readString(impostorLog)).contains("Before join check failed");
            // the listed member with the secret joins the worker that stayed
            Path memberLog = dir.resolve("member.log");
            start(memberLog, "worker", "--port", Integer.toString(ports[2]), "--threads", "1",
                    "--member", "127.0.0.1:" + ports[0], "--member", "127.0.0.1:" + ports[2], "--secret-file", secret.toString());
            awaitLine(log, "member [127.0.0.1]:" + ports[2] + " joined: 2 members", Duration.ofSeconds(90));
            assertThat(worker.isAlive()).isTrue();
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    /**
     * A member that stops on its own (here: its Hazelcast instance is shut down under it) ends the
     * worker with a ClusterException (exit 4), never a live process with a dead member. Clients
     * cannot shut a cluster down (Hazelcast refuses), so this runs the worker in this JVM.
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aMemberThatStopsEndsTheWorker() throws Exception {
        int port = freePorts(1)[0];
        var settings = org.alliancesim.cluster.MemberSettings.of(List.of("127.0.0.1:" + port), null, port, false,
                "stop-test", 1);
        java.io.StringWriter out = new java.io.StringWriter();
        var result = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                org.alliancesim.cluster.Worker.run(settings, null, new java.io.PrintWriter(out, true));
                return (Throwable) null;
            } catch (Exception e) {
                return e;
            }
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (com.hazelcast.core.Hazelcast.getAllHazelcastInstances().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        while (!out.toString().contains("joined cluster") && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        com.hazelcast.core.Hazelcast.getAllHazelcastInstances().forEach(HazelcastInstance::shutdown);
        Throwable t = result.get(60, TimeUnit.SECONDS);
        assertThat(t).isInstanceOf(org.alliancesim.cluster.ClusterException.class)
                .hasMessageContaining("the cluster member stopped; the worker exits");
    }

    private Process start(Path log, String... args) throws IOException {
        Process p = Loopback.startMain(log, List.of(), args);
        processes.add(p);
        return p;
    }


}
