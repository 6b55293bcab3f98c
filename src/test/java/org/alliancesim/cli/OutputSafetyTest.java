package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders: an existing non-empty {@code --out} is refused unless {@code --force}; write
 * errors exit 3 with a clear message and leave neither {@code --out} nor a temporary folder. Tests
 * run as root, so permissions cannot be used to provoke failures; the tricks used are an {@code
 * --out} under a regular file, under {@code /proc}, and a file-size limit ({@code ulimit -f}) that
 * makes a write fail mid-run exactly as a full disk does.
 */
class OutputSafetyTest {
    private static final String SCENARIO = "scenarios/iran-russia.yaml";

    @TempDir
    Path dir;

    private CliRun run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", SCENARIO, "--out", out.toString(), "--reps", "2",
                "--steps", "8", "--theory", "balance-of-threat", "--quiet", "--threads", "1"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void anExistingNonEmptyOutIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("precious.txt"), "keep me");
        CliRun r = run(out);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(out + " already exists and is not empty").contains("--force");
        assertThat(r.hasStackTrace()).isFalse();
        assertThat(out.resolve("precious.txt")).hasContent("keep me");
        assertThat(CompleteRun.leftovers(out)).isEmpty();
    }

    @Test
    void forceReplacesTheOldResultsWhole() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("old.txt"), "old");
        org.alliancesim.output.OutputMarker.write(out);
        CliRun r = run(out, "--force");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("old.txt")).doesNotExist();
        CompleteRun.assertComplete(out, 1, 2);
        assertThat(CompleteRun.leftovers(out)).isEmpty();
    }

    @Test
    void anEmptyExistingOutIsUsed() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        assertThat(run(out).exit()).isZero();
        CompleteRun.assertComplete(out, 1, 2);
    }

    @Test
    void anOutUnderARegularFileFailsClearly() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun r = run(file.resolve("out"));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: cannot create the output folder " + file.resolve("out"))
                .contains("a file of that name is in the way");
        assertThat(r.hasStackTrace()).isFalse();
        assertThat(file).hasContent("x");
    }

    @Test
    void anOutThatIsARegularFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        CliRun r = run(file);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("exists and is not a folder");
        assertThat(file).hasContent("x");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anOutWhereTheFileSystemRefusesFoldersFailsClearly() {
        CliRun r = run(Path.of("/proc/alliance-sim-out"));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: cannot create the output folder /proc/alliance-sim-out");
        assertThat(r.hasStackTrace()).isFalse();
        assertThat(Path.of("/proc/alliance-sim-out")).doesNotExist();
    }

    /**
     * A write that fails mid-run (here: the process may not write files over 40 KB, so series.csv
     * fails with "File too large", as a full disk fails with "No space left on device").
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aWriteErrorMidRunExits3AndLeavesNothing() throws Exception {
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f 40 && exec \"$@\"", "bash"));
        cmd.addAll(CompleteRun.javaCommand("run", SCENARIO, "--out", out.toString(), "--reps", "3", "--steps", "100",
                "--quiet", "--threads", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("error: cannot write the results into " + out + ": File too large")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(CompleteRun.leftovers(out)).isEmpty();
    }
}
