package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.scenario.MiniScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's pre-check covers every point, not only the first ones: a 10,000-point grid whose
 * values are valid alone (coalition 0.25..0.75, alignment 0.05..0.5 with the other at its
 * default) but not together from point 7,000 on (coalition 0.3 below every alignment) is
 * refused with exit 2 before any work folder exists, at the sweep file's line, naming the point,
 * its values and the scenario field; the report is the same with 1 or 2 threads.
 */
class SweepPointCheckTest {
    @TempDir
    Path dir;

    private Path sweep() throws IOException {
        Files.writeString(dir.resolve("s.yaml"), MiniScenario.TEXT);
        String coalition = IntStream.range(0, 100)
                .mapToObj(i -> String.format(Locale.ROOT, "%.4f", i < 70 ? 0.74 - i * 0.0005 : 0.3 + (i - 70) * 0.001))
                .collect(Collectors.joining(", ", "[", "]"));
        String alignment = IntStream.range(0, 100)
                .mapToObj(j -> String.format(Locale.ROOT, "%.3f", 0.33 + j * 0.001))
                .collect(Collectors.joining(", ", "[", "]"));
        return Files.writeString(dir.resolve("sw.yaml"), "scenario: s.yaml\nreplications: 1\nsteps: 2\nvary:\n"
                + "  - path: parameters.ties.coalition\n    values: " + coalition + "\n"
                + "  - path: parameters.ties.alignment\n    values: " + alignment + "\n");
    }

    @Test
    void pointSevenThousandInvalidIsRefusedAtTheSweepFileLineBeforeAnyWorkFolder() throws IOException {
        Path sweep = sweep();
        Path out = dir.resolve("out");
        CliRun one = CliRun.of("sweep", sweep.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
        assertThat(one.exit()).as(one.err()).isEqualTo(2);
        List<String> lines = one.err().lines().toList();
        assertThat(lines).hasSize(50).allSatisfy(l -> assertThat(l).startsWith("error: " + sweep + ":"));
        assertThat(lines.get(0)).startsWith("error: " + sweep + ":5:").contains("vary[0].path: at sweep point 7000 "
                + "(parameters.ties.coalition = 0.3, parameters.ties.alignment = 0.33): in " + dir.resolve("s.yaml"));
        assertThat(lines.get(49)).contains("at sweep point 7049 ");
        assertThat(one.err()).doesNotContain("at sweep point 6999 ").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".alliance-sim-tmp")
                    && !n.endsWith(".lock"));
        }

        CliRun two = CliRun.of("sweep", sweep.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertThat(two.exit()).isEqualTo(2);
        assertThat(two.err()).isEqualTo(one.err());
    }
}
