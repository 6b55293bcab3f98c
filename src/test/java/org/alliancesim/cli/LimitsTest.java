package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits are checked up front: absurd steps, replications, memory (in a 256 MB child JVM, as in the
 * report) and non-regular input files are refused with exit 2 and a message saying what to lower,
 * before any folder (output, temporary or a sweep's work folder) is made. Events files for
 * {@code replay} are read strictly: a bad date, a NUL byte, an unclosed quote, a byte-order mark or
 * a row with extra fields each name the file and line.
 */
class LimitsTest {
    private static final String SCENARIO = Path.of("scenarios/iran-russia.yaml").toAbsolutePath().toString();
    private static final String HISTORY = "scenarios/history/iran-russia-1992-2016.yaml";

    @TempDir
    Path dir;

    private void assertNothingMade() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("in-"));
        }
    }

    private CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.hasStackTrace()).as(r.err()).isFalse();
        return r;
    }

    @Test
    void absurdStepsAndReplicationsAreRefused() throws IOException {
        String out = dir.resolve("out").toString();
        CliRun steps = run("run", SCENARIO, "--steps", "2000000000", "--out", out, "--quiet");
        assertThat(steps.exit()).isEqualTo(2);
        assertThat(steps.err()).contains("--steps must be between 1 and 1000000, got 2000000000");
        CliRun reps = run("run", SCENARIO, "--reps", "2000000", "--out", out, "--quiet");
        assertThat(reps.exit()).isEqualTo(2);
        assertThat(reps.err()).contains("--reps must be between 1 and 1000000");
        CliRun replay = run("replay", HISTORY, "--pair", "IRN,RUS", "--reps", "2147483647", "--out",
                dir.resolve("r.png").toString());
        assertThat(replay.exit()).isEqualTo(2);
        assertThat(replay.err()).contains("--reps must be between 1 and 1000000");
        CliRun compare = run("compare", SCENARIO, "--reps", "0", "--out", out, "--quiet");
        assertThat(compare.exit()).isEqualTo(2);
        assertNothingMade();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devicesAndPipesAreRefusedWithoutReadingThem() throws Exception {
        Path fifo = dir.resolve("in-fifo.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
        for (String input : List.of("/dev/zero", "/dev/urandom", fifo.toString())) {
            long t0 = System.nanoTime();
            CliRun r = run("run", input, "--out", dir.resolve("out").toString(), "--quiet");
            assertThat(r.exit()).as(input).isEqualTo(2);
            assertThat(r.err()).contains(input).contains("not a regular file");
            assertThat((System.nanoTime() - t0) / 1e9).as(input).isLessThan(10);
            CliRun v = run("validate", input);
            assertThat(v.exit()).isEqualTo(2);
            CliRun replay = run("replay", HISTORY, "--pair", "IRN,RUS", "--reps", "1", "--events", input, "--out",
                    dir.resolve("r.png").toString());
            assertThat(replay.exit()).as(replay.err()).isEqualTo(2);
            assertThat(replay.err()).contains("not a regular file");
        }
        assertNothingMade();
    }

    /** The report's crashes in a 256 MB heap: each is now a clear refusal before any folder. */
    @Test
    void workThatWouldNotFitTheHeapIsRefusedFirst() throws Exception {
        Path sweep = Files.writeString(dir.resolve("in-sweep.yaml"), "scenario: " + SCENARIO + "\n"
                + "design: latin-hypercube\npoints: 10000000\nreplications: 1\nsteps: 10\n"
                + "vary:\n  - path: states.RUS.power.economy\n    min: 900\n    max: 2700\n");
        for (List<String> args : List.of(
                List.of("run", SCENARIO, "--reps", "300000", "--quiet", "--out", dir.resolve("out").toString()),
                List.of("sweep", sweep.toString(), "--quiet", "--out", dir.resolve("sw").toString()))) {
            Process p = new ProcessBuilder(CompleteRun.javaCommand(args.toArray(String[]::new))).redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isEqualTo(2);
            assertThat(output).contains("of memory, more than the 80% of this JVM's").contains("heap allowed")
                    .contains("-Xmx").doesNotContain("\tat ");
        }
        assertNothingMade();
    }

    @Test
    void badEventsFilesNameTheFileAndLine() throws IOException {
        String[][] cases = {
                {"date,event\n2000,ok\n2023-13-45,impossible\n", ":3: date '2023-13-45' has no month 13"},
                {"date,event\n2000,ok\n2001-02-30,impossible\n", ":3: date '2001-02-30' is not a day of that month"},
                {"date,event\n2000,ok\n2001,a\u0000b\n", ":3: a NUL byte"},
                {"date,event\n2000,ok\n2001,\"unclosed\n2002,x\n", ":3: CSV syntax error"},
                {"date,event\n2000,ok,extra\n", ":2: expected 2 fields"},
                {"\uFEFFdate,event\n2023-13-01,x\n", ":2: date '2023-13-01' has no month 13"},
        };
        for (String[] c : cases) {
            Path events = Files.writeString(dir.resolve("in-events.csv"), c[0], StandardCharsets.UTF_8);
            CliRun r = run("replay", HISTORY, "--pair", "IRN,RUS", "--reps", "1", "--events", events.toString(),
                    "--out", dir.resolve("r.png").toString());
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(events + c[1]);
        }
        Files.write(dir.resolve("in-latin1.csv"), new byte[] {'d', 'a', 't', 'e', ',', 'e', 'v', 'e', 'n', 't', '\n',
                '2', '0', '0', '0', ',', (byte) 0xe9, '\n'});
        CliRun latin = run("replay", HISTORY, "--pair", "IRN,RUS", "--reps", "1", "--events",
                dir.resolve("in-latin1.csv").toString(), "--out", dir.resolve("r.png").toString());
        assertThat(latin.exit()).isEqualTo(2);
        assertThat(latin.err()).contains("in-latin1.csv:2: not UTF-8");
        assertNothingMade();
    }
}
