package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * Commands in a child JVM with a 64 MB heap, on inputs that do not fit it: work the limits can
 * estimate is refused up front (exit 2); what slips past them (a 2 MB scenario, which SnakeYAML
 * composes into some 150 MB of nodes) halts with exit 5, one {@code error:} line naming the heap,
 * no stack trace and no output; and {@code cinc}, which streams, finishes a file the old
 * whole-file reader could not hold.
 */
@Slow
class OutOfMemoryTest {
    private static final String SCENARIO = Path.of("scenarios/iran-russia.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private record Result(int exit, String output) {
    }

    private static Result inSmallHeap(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(CompleteRun.javaCommand(args));
        cmd.add(2, "-Xmx64m"); // after javaCommand's own -Xmx: the last one wins
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    /**
     * A valid scenario of 600 states, each perceiving every other: about 4 MB of YAML, just under
     * the loader's limit, whose tree alone does not fit in a 64 MB heap.
     */
    private Path bigScenario() throws Exception {
        StringBuilder sb = new StringBuilder("name: big\nfocal: [S0]\ntime: {steps: 5}\nstates:\n");
        int n = 600;
        for (int i = 0; i < n; i++) {
            sb.append("  - id: S").append(i).append("\n    capital: {lat: 10, lon: ").append(i % 180)
                    .append("}\n    power: {population: 1, economy: 2, military: 3}\n    perceives: {");
            boolean first = true;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sb.append(first ? "" : ", ").append('S').append(j).append(": 0.5");
                    first = false;
                }
            }
            sb.append("}\n");
        }
        return Files.writeString(dir.resolve("big.yaml"), sb);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void inputBeyondTheHeapHaltsWithExit5AndNoOutput() throws Exception {
        Path big = bigScenario();
        Path out = dir.resolve("out");
        for (String command : List.of("run", "validate")) {
            Result r = command.equals("run")
                    ? inSmallHeap("run", big.toString(), "--reps", "1", "--quiet", "--out", out.toString())
                    : inSmallHeap("validate", big.toString());
            assertThat(r.exit()).as(r.output()).isEqualTo(5);
            assertThat(r.output()).as(command)
                    .startsWith("error: out of memory: this JVM's heap (64 MB) is too small for this input")
                    .contains("-Xmx").doesNotContain("\tat ").doesNotContain("Exception in thread");
            assertThat(r.output().lines().count()).isEqualTo(1);
        }
        assertThat(out).doesNotExist();
        assertThat(names()).containsExactly("big.yaml");
    }

    @Test
    void workTheLimitsCanEstimateIsRefusedUpFront() throws Exception {
        Path out = dir.resolve("out");
        Result r = inSmallHeap("run", SCENARIO, "--reps", "20000", "--quiet", "--out", out.toString());
        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("of memory, more than the 80% of this JVM's 64 MB heap allowed")
                .doesNotContain("\tat ");
        assertThat(names()).isEmpty();
    }

    @Test
    void cincStreamsAFileTheWholeFileReaderCouldNotHold() throws Exception {
        Path nmc = org.alliancesim.data.CincStreamTestFiles.generate(dir.resolve("nmc.csv"), 7, 1_000, 200);
        Path out = dir.resolve("cinc.csv");
        Result r = inSmallHeap("cinc", "--nmc", nmc.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        try (Stream<String> lines = Files.lines(out)) {
            assertThat(lines.count()).isEqualTo(200_001);
        }
    }
}
