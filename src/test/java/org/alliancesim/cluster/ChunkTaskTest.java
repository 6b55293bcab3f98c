package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker runs a chunk only for the client's own build and sweep, and then as a local sweep does. */
class ChunkTaskTest {
    @TempDir
    static Path dir;
    static Path file;
    static SweepSpec spec;
    static SweepPayload payload;

    @BeforeAll
    static void sweep() throws Exception {
        file = ClusterTestFiles.smallSweep(dir, 2, 4);
        spec = SweepLoader.load(file);
        payload = SweepPayload.of(file, spec);
    }

    @Test
    void anotherBuildIsRefusedWithAClearMessage() {
        SweepPayload old = new SweepPayload("0.0.9+000000000000", payload.fingerprint(), payload.sweepFile(),
                payload.sweepText(), payload.scenarioText(), payload.token());
        ChunkOutcome o = new ChunkTask(old, 0).call();
        assertThat(o.rows()).isNull();
        assertThat(o.refusal()).contains("build " + BuildId.get()).contains("0.0.9+000000000000")
                .contains("same build");
    }

    @Test
    void anotherScenarioIsRefused() {
        SweepPayload changed = new SweepPayload(payload.build(), payload.fingerprint(), payload.sweepFile(),
                payload.sweepText(), payload.scenarioText() + "\n# edited on the worker\n", payload.token());
        ChunkOutcome o = new ChunkTask(changed, 0).call();
        assertThat(o.rows()).isNull();
        assertThat(o.refusal()).contains("fingerprint");
    }

    @Test
    void theSameBuildRunsTheChunkAsALocalSweepDoes() throws Exception {
        ChunkOutcome o = new ChunkTask(payload, 1).call();
        assertThat(o.refusal()).isNull();
        assertThat(o.failure()).isNull();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThat(o.rows()).isEqualTo(new SweepRunner(spec).chunkRows(1, pool));
        } finally {
            pool.shutdownNow();
        }
        assertThat(o.rows().lines()).hasSize(4).allMatch(l -> l.startsWith("1,"));
        assertThat(Files.readString(file)).isEqualTo(payload.sweepText());
    }

    /** A worker with a secret runs only tasks that carry the token the secret makes for their sweep. */
    @Test
    void aWorkerWithASecretRefusesTasksWithoutItsToken() throws Exception {
        byte[] secret = "a secret of at least sixteen bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ChunkTask.secret(secret);
        try {
            ChunkOutcome none = new ChunkTask(payload, 0).call();
            assertThat(none.rows()).isNull();
            assertThat(none.refusal()).contains("no valid token");
            SweepPayload forged = new SweepPayload(payload.build(), payload.fingerprint(), payload.sweepFile(),
                    payload.sweepText(), payload.scenarioText(), SweepToken.of("another secret, sixteen+".getBytes(), 
                    payload.build(), payload.fingerprint()));
            assertThat(new ChunkTask(forged, 0).call().refusal()).contains("no valid token");
            SweepPayload otherSweep = new SweepPayload(payload.build(), payload.fingerprint(), payload.sweepFile(),
                    payload.sweepText(), payload.scenarioText(), SweepToken.of(secret, payload.build(), "another-sweep"));
            assertThat(new ChunkTask(otherSweep, 0).call().refusal()).contains("no valid token");
            ChunkOutcome good = new ChunkTask(SweepPayload.of(file, spec, secret), 0).call();
            assertThat(good.refusal()).isNull();
            assertThat(good.rows()).isNotEmpty();
        } finally {
            ChunkTask.secret(null);
        }
    }

    /** Issue 18: a client could submit a chunk of a million replications x 10,000 steps. */
    @Test
    void aTaskAskingTooMuchWorkFailsBeforeAnyRun() throws Exception {
        Path big = Files.writeString(dir.resolve("big.yaml"), Files.readString(file)
                .replaceFirst("replications: \\d+", "replications: 1000000")
                .replaceFirst("steps: \\d+", "steps: 10000")
                .replaceFirst("chunkRuns: \\d+", "chunkRuns: 1000000"));
        SweepSpec bigSpec = SweepLoader.load(big);
        long t0 = System.nanoTime();
        ChunkOutcome o = new ChunkTask(SweepPayload.of(big, bigSpec), 0).call();
        assertThat(o.rows()).isNull();
        assertThat(o.failure()).contains("runs x 10000 steps x 4 states").contains("at most " + ChunkTask.MAX_TASK_WORK);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
        assertThat(new ChunkTask(payload, 99_999).call().failure()).contains("has no chunk 99999");
    }

    /** A task whose client has left starts no more runs (issue 18: tasks kept running after the client left). */
    @Test
    void aTaskOfAClientThatLeftStopsStartingRuns() {
        java.util.UUID gone = java.util.UUID.randomUUID();
        ChunkTask.clientLeft(gone, System.currentTimeMillis() - ChunkTask.CANCEL_GRACE_MILLIS - 1);
        ChunkOutcome o = new ChunkTask(payload, 0, gone).call();
        assertThat(o.rows()).isNull();
        assertThat(o.failure()).contains("cancelled: the client that submitted the sweep left");
        java.util.UUID blip = java.util.UUID.randomUUID();
        ChunkTask.clientLeft(blip, System.currentTimeMillis()); // within the grace: carries on
        assertThat(new ChunkTask(payload, 0, blip).call().rows()).isNotEmpty();
        ChunkTask.clientBack(gone); // reconnected: carries on
        assertThat(new ChunkTask(payload, 0, gone).call().rows()).isNotEmpty();
    }
}
