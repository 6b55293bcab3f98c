package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} estimates the size of its files before it starts and refuses, with exit 2, the
 * estimate and the option that goes on, a run that would write more than 1 GB; nothing is made.
 * A run below the limit prints no note.
 */
class LargeOutputTest {
    private static final String SCENARIO = Path.of("scenarios/iran-russia.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void aRunAboveTheLimitIsRefusedWithItsEstimateAndTheOption() throws Exception {
        CliRun r = CliRun.of("run", SCENARIO, "--reps", "3000", "--quiet", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).containsPattern("this run would write about [0-9.]+ GB \\(--record all: \\d+ states, 100 steps,"
                + " 18000 runs\\), more than the 1.0 GB").contains("add --large-output to go on")
                .contains("--record ties, focal or none").doesNotContain("\tat ");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
        CliRun none = CliRun.of("run", SCENARIO, "--reps", "3000", "--record", "none", "--steps", "1", "--theory",
                "identity", "--quiet", "--out", dir.resolve("none").toString());
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.err()).doesNotContain("--large-output");
    }
}
