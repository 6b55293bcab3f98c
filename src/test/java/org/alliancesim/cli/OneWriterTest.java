package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancesim.output.OutputLock;
import org.alliancesim.output.OutputMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per output: a command holding the lock of an {@code --out} refuses a second one at once
 * (exit 3, clear message, the first one's folder untouched), two commands started together each get
 * their own default {@code run-NNN}, and two sweeps started together on one {@code --out} never mix:
 * one finishes, the other is refused.
 */
@org.alliancesim.Slow
class OneWriterTest {
    private static final String SCENARIO = Path.of("scenarios/iran-russia.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void aSecondWriterOfOneOutIsRefused() throws Exception {
        Path out = dir.resolve("out");
        try (OutputLock held = OutputLock.acquire(out)) {
            CliRun r = CliRun.of("run", SCENARIO, "--out", out.toString(), "--reps", "1", "--steps", "4",
                    "--theory", "identity", "--quiet");
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).contains("another alliance-sim command is writing " + out).doesNotContain("\tat ");
            CliRun s = CliRun.of("sweep", "scenarios/sweeps/iran-detente.yaml", "--out", out.toString(), "--quiet");
            assertThat(s.exit()).isEqualTo(3);
            assertThat(s.err()).contains("another alliance-sim command is writing " + out);
            assertThat(out).doesNotExist();
            assertThat(OutputLock.fileFor(out)).exists();
        }
        assertThat(OutputLock.fileFor(out)).doesNotExist();
        assertThat(CliRun.of("run", SCENARIO, "--out", out.toString(), "--reps", "1", "--steps", "4",
                "--theory", "identity", "--quiet").exit()).isZero();
        assertThat(OutputLock.fileFor(out)).doesNotExist();
    }

    @Test
    void twoDefaultRunsStartedTogetherGetTheirOwnFolders() throws Exception {
        List<Process> ps = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            ps.add(new ProcessBuilder(CompleteRun.javaCommand("run", SCENARIO, "--reps", "2", "--steps", "20",
                    "--theory", "identity", "--quiet", "--threads", "1")).directory(dir.toFile())
                    .redirectErrorStream(true).start());
        }
        List<String> printed = new ArrayList<>();
        for (Process p : ps) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            printed.add(output.lines().filter(l -> l.startsWith("Results:")).findFirst().orElseThrow());
        }
        assertThat(printed.get(0)).isNotEqualTo(printed.get(1));
        Path base = dir.resolve("results/iran-russia");
        try (Stream<Path> s = Files.list(base)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("run-001", "run-002");
        }
        for (String run : List.of("run-001", "run-002")) {
            CompleteRun.assertComplete(base.resolve(run), 1, 2);
        }
    }

    @Test
    void twoSweepsStartedTogetherOnOneOutNeverMix() throws Exception {
        Path out = dir.resolve("sweep");
        List<Process> ps = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            ps.add(new ProcessBuilder(CompleteRun.javaCommand("sweep",
                    Path.of("scenarios/sweeps/iran-detente.yaml").toAbsolutePath().toString(), "--out", out.toString(),
                    "--quiet", "--threads", "1")).redirectErrorStream(true).start());
        }
        int ok = 0;
        for (Process p : ps) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            if (p.exitValue() == 0) {
                ok++;
            } else {
                assertThat(p.exitValue()).as(output).isEqualTo(3);
                assertThat(output).containsAnyOf("another alliance-sim command is writing " + out,
                        out + " already exists and is not empty").doesNotContain("\tat ");
            }
        }
        assertThat(ok).isGreaterThanOrEqualTo(1);
        assertThat(out.resolve("survival.png")).exists();
        assertThat(OutputMarker.present(out)).isTrue();
        assertThat(CompleteRun.leftovers(out)).isEmpty();
    }
}
