package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancesim.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any moment (SIGKILL: no shutdown hook, no cleanup) leaves either no
 * {@code --out} or a complete one. Each run is a separate JVM killed after a different delay,
 * from JVM start-up through the replications to the final writes and the rename.
 */
@Slow
class RunKillTest {
    private static final int REPS = 60;
    private static final long[] KILL_AFTER_MS = {200, 700, 1300, 2000, 3000};

    @TempDir
    Path dir;

    private static List<String> command(Path out) {
        return CompleteRun.javaCommand("run", "scenarios/iran-russia.yaml", "--out", out.toString(), "--reps",
                Integer.toString(REPS), "--threads", "1", "--quiet");
    }

    @Test
    void aKilledRunLeavesNoOutOrACompleteOne() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (long delay : KILL_AFTER_MS) {
            Path out = dir.resolve("out-" + delay);
            Process p = new ProcessBuilder(command(out)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            if (Files.exists(out)) {
                CompleteRun.assertComplete(out, org.alliancesim.decision.Theories.DEFAULTS.size(), REPS);
                outcomes.add(delay + " ms: complete" + (finished ? " (finished before the kill)" : ""));
            } else {
                outcomes.add(delay + " ms: absent, temporary folder held " + tempFiles() + " files");
            }
            assertOnlyOutAndTemporaryFolders(out);
        }
        System.out.println("RunKillTest outcomes: " + outcomes);
        assertThat(outcomes).as("some kills must land mid-run").anyMatch(o -> o.contains("absent"));
    }

    /** A killed run's temporary folder does not stop the next run writing the same --out. */
    @Test
    void theSameOutCanBeWrittenAfterAKill() throws Exception {
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(command(out)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(700, TimeUnit.MILLISECONDS);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        CliRun again = CliRun.of("run", "scenarios/iran-russia.yaml", "--out", out.toString(), "--reps", "2",
                "--steps", "10", "--quiet", "--theory", "balance-of-threat");
        assertThat(again.exit()).as(again.err()).isZero();
        CompleteRun.assertComplete(out, 1, 2);
    }

    private long tempFiles() throws IOException {
        long n = 0;
        for (Path t : CompleteRun.leftovers(dir.resolve("x"))) {
            if (!Files.isDirectory(t)) {
                Files.delete(t); // a killed run's lock file: no longer locked, harmless
                continue;
            }
            try (Stream<Path> s = Files.list(t)) {
                n += s.count();
            }
            OutputFolderCleanup.delete(t);
        }
        return n;
    }

    private void assertOnlyOutAndTemporaryFolders(Path out) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(f -> f.getFileName().toString()))
                    .allMatch(n -> n.startsWith("out-") || n.startsWith(".alliance-sim-tmp-out-"));
        }
    }
}
