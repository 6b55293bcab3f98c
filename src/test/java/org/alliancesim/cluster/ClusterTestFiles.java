package org.alliancesim.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small copy of the example sweep, written where a test wants it. */
public final class ClusterTestFiles {
    private ClusterTestFiles() {
    }

    /**
     * The example sweep (scenarios/sweeps/iran-detente.yaml: 16 points, 2 theories) with
     * {@code replications} runs per point and theory, one point per chunk when
     * {@code chunkRuns} is {@code 2 * replications}.
     */
    public static Path smallSweep(Path dir, int replications, int chunkRuns) throws IOException {
        Path scenario = Path.of("scenarios", "iran-russia-uncertain.yaml").toAbsolutePath();
        String text = Files.readString(Path.of("scenarios", "sweeps", "iran-detente.yaml"), StandardCharsets.UTF_8)
                .replace("scenario: ../iran-russia-uncertain.yaml", "scenario: " + scenario)
                .replace("replications: 10", "replications: " + replications)
                + "chunkRuns: " + chunkRuns + "\n";
        Path file = dir.resolve("small-sweep.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
