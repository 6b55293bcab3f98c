package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's write failures take one path: exit 3, the reason on one line, no stack trace and
 * nothing partial in place ({@code replay} included). A full disk is provoked as in
 * OutputSafetyTest, with a file-size limit ({@code ulimit -f}); created folders and files follow
 * the umask instead of being private.
 */
@EnabledOnOs(OS.LINUX)
@org.alliancesim.Slow
class IoErrorsTest {
    private static final String SCENARIO = Path.of("scenarios/iran-russia.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private record Child(int exit, String output) {
    }

    private static Child inShell(String shell, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", shell + " && exec \"$@\"", "bash"));
        cmd.addAll(CompleteRun.javaCommand(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), output);
    }

    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".alliance-sim-tmp")
                    && !n.endsWith(".lock") && !n.endsWith("-sweep")); // a sweep's work folder is kept for --resume
        }
    }

    @Test
    void aFullDiskExits3WithoutAStackTraceForCompareSweepAndReplay() throws Exception {
        Path cmp = dir.resolve("cmp");
        Child c = inShell("ulimit -f 20", "compare", SCENARIO, "--reps", "2", "--theory", "balance-of-threat",
                "--quiet", "--threads", "1", "--out", cmp.toString());
        assertThat(c.exit()).as(c.output()).isEqualTo(3);
        assertThat(c.output()).startsWith("error: ").contains("File too large").doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(cmp).doesNotExist();

        Path sw = dir.resolve("sw");
        Child s = inShell("ulimit -f 20", "sweep", Path.of("scenarios/sweeps/iran-detente.yaml").toAbsolutePath().toString(),
                "--quiet", "--threads", "1", "--out", sw.toString());
        assertThat(s.exit()).as(s.output()).isEqualTo(3);
        assertThat(s.output()).startsWith("error: cannot write the results into " + sw).contains("File too large")
                .contains("for --resume").doesNotContain("\tat ");
        assertThat(sw).doesNotExist();

        Path png = dir.resolve("r.png");
        Child r = inShell("ulimit -f 20", "replay", Path.of("scenarios/history/iran-russia-1992-2016.yaml").toAbsolutePath()
                .toString(), "--pair", "IRN,RUS", "--reps", "2", "--out", png.toString());
        assertThat(r.exit()).as(r.output()).isEqualTo(3);
        assertThat(r.output()).startsWith("error: cannot write the results into " + png).contains("File too large")
                .doesNotContain("\tat ");
        assertThat(png).doesNotExist();
        assertThat(dir.resolve("r.svg")).doesNotExist();
        assertThat(dir.resolve("r.csv")).doesNotExist();
        assertNoLeftovers();
    }

    @Test
    void createdFoldersAndFilesFollowTheUmask() throws Exception {
        for (String[] u : new String[][] {{"022", "rwxr-xr-x", "rw-r--r--"}, {"077", "rwx------", "rw-------"}}) {
            Path out = dir.resolve("run-" + u[0]);
            Child c = inShell("umask " + u[0], "run", SCENARIO, "--reps", "1", "--steps", "5", "--theory", "identity",
                    "--quiet", "--out", out.toString());
            assertThat(c.exit()).as(c.output()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(u[1]);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("summary.csv"))))
                    .isEqualTo(u[2]);
            Path png = dir.resolve("replay-" + u[0] + ".png");
            Child r = inShell("umask " + u[0], "replay", Path.of("scenarios/history/iran-russia-1992-2016.yaml")
                    .toAbsolutePath().toString(), "--pair", "IRN,RUS", "--reps", "1", "--out", png.toString());
            assertThat(r.exit()).as(r.output()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(png))).isEqualTo(u[2]);
        }
    }
}
