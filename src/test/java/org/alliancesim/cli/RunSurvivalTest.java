package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} with uncertain inputs and survival output. */
class RunSurvivalTest {
    @TempDir
    Path dir;

    /** What the last command wrote on stderr. */
    private String err = "";

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        err = r.err();
        return r.exit();
    }

    private int runScenario(Path out, int reps, String threads) {
        return run("run", "scenarios/iran-russia-uncertain.yaml", "--theory", "balance-of-threat", "--reps",
                Integer.toString(reps), "--steps", "60", "--seed", "5", "--threads", threads, "--out", out.toString(),
                "--quiet", "--record", "focal");
    }

    @Test
    void replicationsDrawTheirOwnInputsReproduciblyAndWriteSurvival() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(runScenario(a, 4, "1")).as(err).isZero();
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            assertThat(runScenario(b, 4, "2")).as(err).isZero();
        } finally {
            Locale.setDefault(saved);
        }
        for (String f : List.of("series.csv", "events.csv", "summary.csv", "survival.csv", "survival-summary.csv")) {
            assertThat(Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)))).as(f).isTrue();
        }
        assertThat(Files.exists(a.resolve("survival.png"))).isTrue();
        assertThat(Files.readAllLines(a.resolve("survival-summary.csv")))
                .contains("balance-of-threat,IRN-USA,4,4,0,0,0,,,")
                .anySatisfy(l -> assertThat(l).startsWith("balance-of-threat,IRN-RUS,4,0,4,"));
        // the drawn perception of US intent differs between replications: the IRN-USA threat series do too
        List<String> rows = Files.readAllLines(a.resolve("series.csv")).stream()
                .filter(l -> l.contains(",0,2022Q1,IRN,USA,")).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(l -> l.split(",")[6]).distinct()).hasSize(4);
    }

    @Test
    void oneReplicationWritesNoSurvival() {
        Path c = dir.resolve("c");
        assertThat(runScenario(c, 1, "1")).isZero();
        assertThat(Files.exists(c.resolve("survival.csv"))).isFalse();
        assertThat(Files.exists(c.resolve("stability.png"))).isTrue();
    }
}
