package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.alliancesim.output.ComparisonTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} end to end: the files it writes, their content, and bad input. */
class CompareCommandTest {
    static final String W2 = "scenarios/termination/w2-us-threat-recedes.yaml";
    static final String S2 = "scenarios/termination/s2-gains-not-delivered.yaml";

    @TempDir
    Path tmp;

    @Test
    void writesTheTableTheChartsAndTheManifest() throws Exception {
        Path out = tmp.resolve("cmp");
        CliRun o = CliRun.of("compare", W2, S2, "--theory", "balance-of-threat", "--theory", "schweller-bandwagoning",
                "--reps", "3", "--threads", "2", "--quiet", "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out).isDirectory();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    org.alliancesim.output.OutputMarker.NAME, "comparison.csv", "comparison.md", "manifest.json", "overview.png",
                    "s2-gains-not-delivered-survival-summary.csv", "s2-gains-not-delivered-survival.csv",
                    "s2-gains-not-delivered-survival.png", "s2-gains-not-delivered-survival.svg",
                    "s2-gains-not-delivered.png",
                    "w2-us-threat-recedes-survival-summary.csv", "w2-us-threat-recedes-survival.csv",
                    "w2-us-threat-recedes-survival.png", "w2-us-threat-recedes-survival.svg",
                    "w2-us-threat-recedes.png");
        }
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertThat(csv.get(0)).isEqualTo(ComparisonTable.HEADER)
                .isEqualTo("scenario,theory,state,partner,replications,outcome,formed_share,ended_share,median_end_step,"
                        + "median_end_date,dominant_cause,cause_W1,cause_W2,cause_W3,cause_W4,cause_W5,cause_W6,cause_S1,"
                        + "cause_S2,cause_other,first_level,final_level,reformed_share");
        // 2 scenarios x 2 theories x 3 focal pairs (IRN with RUS, USA, CHN)
        assertThat(csv).hasSize(1 + 2 * 2 * 3);
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("w2-us-threat-recedes,schweller-bandwagoning,IRN,RUS,3,holds,1,0,,,,")
                .endsWith(",,,,,,,,,alignment,alignment,0"));
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("w2-us-threat-recedes,balance-of-threat,IRN,RUS,3,ends,1,1,")
                .containsPattern(",20\\d\\dQ\\d,W2,0,1,0,0,0,0,0,0,0,alignment,none,0$"));
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("s2-gains-not-delivered,schweller-bandwagoning,IRN,RUS,3,ends,1,1,"));
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("w2-us-threat-recedes,balance-of-threat,IRN,USA,3,never formed,0,0,,,,")
                .endsWith(",,none,0"));
        // the console says what the files say, word for word
        for (String line : csv.subList(1, csv.size())) {
            if (line.contains(",IRN,RUS,")) {
                String theory = line.split(",")[1];
                String word = line.split(",")[5];
                assertThat(o.out()).contains(theory + ": " + word);
            }
        }
        String md = Files.readString(out.resolve("comparison.md"));
        assertThat(md).contains("| scenario | balance-of-threat | schweller-bandwagoning |")
                .containsPattern("\\| w2-us-threat-recedes \\| ends 100% \\(W2, median 20\\d\\dQ\\d\\) \\| holds \\(alignment\\) \\|")
                .contains("| s2-gains-not-delivered | holds (coalition) |");
        assertThat(Files.size(out.resolve("overview.png"))).isGreaterThan(1000);
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"replications\"").contains("sha256");
        assertThat(o.out()).contains("w2-us-threat-recedes").contains("comparison.md");
    }

    @Test
    void theCsvDoesNotDependOnThreadsOrLocale() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Locale old = Locale.getDefault();
        try {
            assertThat(CliRun.of("compare", W2, "--theory", "balance-of-threat", "--reps", "4", "--threads", "1", "--quiet",
                    "--out", one.toString()).exit()).isZero();
            Locale.setDefault(Locale.GERMANY);
            assertThat(CliRun.of("compare", W2, "--theory", "balance-of-threat", "--reps", "4", "--threads", "3", "--quiet",
                    "--out", two.toString()).exit()).isZero();
        } finally {
            Locale.setDefault(old);
        }
        assertThat(Files.readAllBytes(two.resolve("comparison.csv"))).isEqualTo(Files.readAllBytes(one.resolve("comparison.csv")));
    }

    @Test
    void aBadScenarioExitsTwoNamingFileAndLineAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(W2)).replace("partner: USA", "partner: XXX")
                .replace("base: ../iran-russia.yaml", "base: " + Path.of("scenarios/iran-russia.yaml").toAbsolutePath()));
        Path out = tmp.resolve("never");
        CliRun o = CliRun.of("compare", W2, bad.toString(), "--reps", "2", "--quiet", "--out", out.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).containsPattern("bad\\.yaml:\\d+:\\d+: events\\[0\\]\\.partner: .*XXX");
        assertThat(out).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".alliance-sim-tmp"));
        }
    }

    @Test
    void aMissingScenarioOrUnknownTheoryExitsTwo() {
        Path out = tmp.resolve("never");
        CliRun missing = CliRun.of("compare", "scenarios/termination/no-such-file.yaml", "--quiet", "--out", out.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-file.yaml");
        CliRun theory = CliRun.of("compare", W2, "--theory", "balance-of-terror", "--quiet", "--out", out.toString());
        assertThat(theory.exit()).isEqualTo(2);
        assertThat(theory.err()).contains("unknown theory 'balance-of-terror'");
        CliRun reps = CliRun.of("compare", W2, "--reps", "0", "--quiet", "--out", out.toString());
        assertThat(reps.exit()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesANonEmptyOutWithoutForce() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRun o = CliRun.of("compare", W2, "--theory", "balance-of-threat", "--reps", "1", "--quiet", "--out", out.toString());
        assertThat(o.exit()).isEqualTo(3);
        assertThat(out.resolve("keep.txt")).hasContent("mine");
    }
}
