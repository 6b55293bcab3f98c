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
                payload.sweepText(), payload.scenarioText());
        ChunkOutcome o = new ChunkTask(old, 0).call();
        assertThat(o.rows()).isNull();
        assertThat(o.refusal()).contains("build " + BuildId.get()).contains("0.0.9+000000000000")
                .contains("same build");
    }

    @Test
    void anotherScenarioIsRefused() {
        SweepPayload changed = new SweepPayload(payload.build(), payload.fingerprint(), payload.sweepFile(),
                payload.sweepText(), payload.scenarioText() + "\n# edited on the worker\n");
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
}
