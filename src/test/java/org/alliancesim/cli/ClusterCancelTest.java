package org.alliancesim.cli;

import static org.alliancesim.cli.Loopback.awaitLine;
import static org.alliancesim.cli.Loopback.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alliancesim.Version;
import org.alliancesim.cluster.ChunkTask;
import org.alliancesim.cluster.SweepPayload;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * On loopback against a real worker JVM (its cancellation grace lowered to 1 s from 30 s): a
 * client submits a chunk of 50 runs of 1,000,000 steps each (a run takes about two seconds on this
 * 4-state world, the chunk minutes on the worker's one thread), then leaves while a run is under way. The worker must stop that run between two steps and report the cancelled chunk
 * within a bounded time of the client's leaving (the grace plus one step; asserted: 30 s), not
 * after the run would have finished.
 */
@org.alliancesim.Slow
class ClusterCancelTest {
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aRunUnderWayStopsSoonAfterItsClientLeaves() throws Exception {
        try {
            int port = freePort();
            Path log = dir.resolve("worker.log");
            start(log, "worker", "--port", Integer.toString(port), "--threads", "1", "--member", "127.0.0.1:" + port);
            awaitLine(log, "joined cluster", Duration.ofSeconds(60));

            Path scenario = Path.of("scenarios", "iran-russia.yaml").toAbsolutePath();
            Path sweep = Files.writeString(dir.resolve("long.yaml"), "scenario: " + scenario + "\n"
                    + "theories: [balance-of-threat]\nreplications: 50\nsteps: 1000000\n"
                    + "vary:\n  - path: states.RUS.power.economy\n    values: [1800]\n");
            ClientConfig cc = new ClientConfig();
            cc.setClusterName("alliance-sim-" + Version.get());
            cc.getNetworkConfig().setAddresses(List.of("127.0.0.1:" + port));
            HazelcastInstance client = HazelcastClient.newHazelcastClient(cc);
            long left;
            try {
                var executor = client.getExecutorService("alliance-sim-sweep");
                executor.submit(new ChunkTask(SweepPayload.of(sweep, SweepLoader.load(sweep)), 0,
                        client.getLocalEndpoint().getUuid()));
                Thread.sleep(4_000); // the worker has loaded the sweep and is inside the run
                assertThat(Files.readString(log)).doesNotContain("cancelled chunk");
            } finally {
                client.shutdown();
                left = System.nanoTime();
            }
            awaitLine(log, "cancelled chunk 0 of sweep long: its client left", Duration.ofSeconds(30));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - left);
            assertThat(seconds).as("seconds from the client's leaving to the run's stop").isLessThan(30);
            assertThat(Files.readString(log)).contains("cancelled at step");
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    private Process start(Path log, String... args) throws IOException {
        Process p = Loopback.startMain(log, List.of("-Dalliance-sim.cluster.cancel-grace-ms=1000"), args);
        processes.add(p);
        return p;
    }


}
