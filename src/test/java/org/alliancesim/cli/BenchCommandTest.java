package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} end to end on small sizes: what it prints, the JSON it writes, and bad input. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    /** The exit code, a newline, and what the command printed. */
    private static String run(String... args) {
        CliRun r = CliRun.of(args);
        return r.exit() + "\n" + r.out();
    }

    @Test
    void writesEveryFigureKeyedByN() throws Exception {
        Path json = tmp.resolve("bench.json");
        String out = run("bench", "--quick", "--sizes", "3,12", "--large", "15", "--reps", "20", "--threads", "2",
                "--json", json.toString());
        assertThat(out).startsWith("0\n").contains("N=3 ", "N=12 ", "replications/s", "peak heap");
        String text = Files.readString(json);
        assertThat(text).contains("\"ns_per_dyad_step\": {", "\"bare_ns_per_dyad_step\": {", "\"3\": ", "\"12\": ",
                "\"engine_over_bare\"", "\"replications_per_second\": ", "\"peak_heap_mb\": ",
                "\"world_15_states_100_steps\"", "\"record\": \"focal\"");
        // Without N = 50 and 1000 there is no scaling exponent to report.
        assertThat(text).doesNotContain("scaling_exponent");
    }

    @Test
    void badSizesExitTwoAndWriteNothing() {
        Path json = tmp.resolve("never.json");
        String out = run("bench", "--sizes", "1,10", "--json", json.toString());
        assertThat(out).startsWith("2\n");
        assertThat(json).doesNotExist();
    }

    @Test
    void wholeProcessFiguresRefuseBadCountsAndAMissingSweep() {
        Path json = tmp.resolve("never.json");
        assertThat(run("bench", "--whole", "--runs", "0", "--json", json.toString())).startsWith("2\n");
        assertThat(run("bench", "--whole", "--sweep", tmp.resolve("none.yaml").toString(), "--json", json.toString()))
                .startsWith("2\n");
        assertThat(json).doesNotExist();
    }

    @Test
    void missingScenarioExitsTwo() {
        Path json = tmp.resolve("never.json");
        String out = run("bench", tmp.resolve("nope.yaml").toString(), "--json", json.toString());
        assertThat(out).startsWith("2\n");
        assertThat(json).doesNotExist();
    }
}
