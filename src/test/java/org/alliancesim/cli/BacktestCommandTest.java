package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliancesim.backtest.SyntheticWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest} on the synthetic world and the small ATOP fixtures: outputs, determinism, exit codes. */
class BacktestCommandTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(BacktestCommandTest.class.getResource("/backtest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void synthetic() {
        WorldSources.forTests = d -> new SyntheticWorlds();
    }

    @AfterEach
    void real() {
        WorldSources.forTests = null;
    }

    private CliRun backtest(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("backtest", "--from", "1900", "--to", "1911",
                "--alliances", fixture("atop-dyads-1899-1911.csv").toString(), "--data",
                fixture("cow-states.csv").getParent().toString(), "--theory", "balance-of-threat", "--theory",
                "balance-of-power", "--bootstrap", "50", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesEveryOutputAndPrintsTheScores() throws IOException {
        Path out = dir.resolve("bt");
        CliRun r = backtest(out, "--train-to", "1906");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("balance-of-threat").contains("baseline:logit").contains("any.auc");
        for (String f : List.of("scores.csv", "predictions.csv", "report.md", "decades-auc.png", "decades-f1.png",
                "roc-any.png", "roc-defence.png")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        List<String> pred = Files.readAllLines(out.resolve("predictions.csv"));
        assertThat(pred.get(0)).isEqualTo("theory,year,ccode1,ccode2,level,commitment");
        // 3 years of 5 states (10 dyads) and 9 years of 6 (15 dyads), for each of 2 theories
        assertThat(pred).hasSize(1 + 2 * (3 * 10 + 9 * 15));
        for (String line : pred.subList(1, pred.size())) {
            String[] f = line.split(",");
            assertThat(Integer.parseInt(f[2])).isLessThan(Integer.parseInt(f[3]));
        }
        List<String> scores = Files.readAllLines(out.resolve("scores.csv"));
        assertThat(scores.get(0)).isEqualTo("theory,span,measure,value,lower,upper");
        assertThat(scores).anyMatch(l -> l.startsWith("balance-of-threat,1900-1911,any.auc,"))
                .anyMatch(l -> l.startsWith("baseline:last-year,1907-1911,any.in-force.f1,"))
                .anyMatch(l -> l.startsWith("baseline:distance,1900-1909,defence.auc,"))
                .anyMatch(l -> l.startsWith("balance-of-power,1905,any.formation.recall,"));
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("## Protocol").contains("## Scores, 1907-1911 (test)").contains("## Which theory does best")
                .contains("## Where each theory fails").contains("- **balance-of-power**: ");
    }

    @Test
    void outputsAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Path a = dir.resolve("a");
        assertThat(backtest(a, "--threads", "1", "--train-to", "1906").exit()).isZero();
        for (String threads : List.of("2", "4")) {
            Path b = dir.resolve("t" + threads);
            assertThat(backtest(b, "--threads", threads, "--train-to", "1906").exit()).isZero();
            for (String f : List.of("scores.csv", "predictions.csv", "decades-auc.png", "decades-auc.svg",
                    "decades-f1.png", "decades-f1.svg", "roc-any.png", "roc-any.svg", "roc-defence.png",
                    "roc-defence.svg")) {
                assertThat(Files.readAllBytes(b.resolve(f))).as(f + ", threads " + threads)
                        .isEqualTo(Files.readAllBytes(a.resolve(f)));
            }
            // the report quotes the command line, which names the thread count and the folder
            assertThat(Files.readString(b.resolve("report.md")).replace("--out " + b + " --threads " + threads,
                    "--out " + a + " --threads 1")).isEqualTo(Files.readString(a.resolve("report.md")));
        }
    }

    private void assertBadInput(CliRun r, Path out, String message) throws IOException {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.hasStackTrace()).isFalse();
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".alliance-sim-tmp"));
        }
    }

    @Test
    void aTruncatedAtopFileExits2NamingFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("atop-1899-1911.csv");
        String text = Files.readString(fixture("atop-dyads-1899-1911.csv"));
        Files.writeString(bad, text.substring(0, text.indexOf("\n", 200) + 8));
        Path out = dir.resolve("o1");
        CliRun r = CliRun.of("backtest", "--from", "1900", "--to", "1911", "--alliances", bad.toString(),
                "--out", out.toString());
        assertBadInput(r, out, bad + ":");
        assertThat(r.err()).containsPattern(":\\d+:\\d+: atop_").contains("truncated");
    }

    @Test
    void withTheAtopFileAndTheDataBothBadTheAtopFileIsNamed() throws IOException {
        // the data are read on a second thread while the table is read: the table's problem still comes first
        Path bad = dir.resolve("atop-bad.csv");
        String text = Files.readString(fixture("atop-dyads-1899-1911.csv"));
        Files.writeString(bad, text.substring(0, text.indexOf("\n", 200) + 8));
        Path out = dir.resolve("o5");
        WorldSources.forTests = d -> {
            throw new IllegalStateException("the worlds were read though the table is bad");
        };
        CliRun r = CliRun.of("backtest", "--from", "1900", "--to", "1911", "--alliances", bad.toString(),
                "--out", out.toString());
        assertBadInput(r, out, bad + ":8:4: atop_defense:");
        assertThat(r.err()).doesNotContain("the worlds were read");
    }

    @Test
    void aSpanOutsideTheFilesCoverageExits2() throws IOException {
        Path out = dir.resolve("o2");
        CliRun r = CliRun.of("backtest", "--from", "1890", "--to", "1911", "--alliances",
                fixture("atop-dyads-1899-1911.csv").toString(), "--out", out.toString());
        assertBadInput(r, out, "the span 1890-1911 lies outside the years the file covers, 1899-1911");
    }

    @Test
    void badParamsFileExits2WithLine() throws IOException {
        Path p = Files.writeString(dir.resolve("p.yaml"), "parameters:\n  ties:\n    alignmnet: 0.3\n");
        Path out = dir.resolve("o3");
        CliRun r = backtest(out, "--params", p.toString());
        assertBadInput(r, out, p + ":3:");
        assertThat(r.err()).contains("unknown field 'alignmnet'");
    }

    @Test
    void unknownTheoryAndBadTrainToExit2() throws IOException {
        Path out = dir.resolve("o4");
        assertBadInput(backtest(out, "--theory", "balance-of-thret"), out, "unknown theory 'balance-of-thret'");
        assertBadInput(backtest(out, "--train-to", "1950"), out, "--train-to 1950 lies outside");
    }

    @Test
    void missingRequiredOptionExits2() throws IOException {
        CliRun r = CliRun.of("backtest", "--from", "1900", "--to", "1911", "--out", dir.resolve("o5").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--alliances");
    }

    @Test
    void paramsChangeThePredictions() throws IOException {
        Path p = Files.writeString(dir.resolve("strict.yaml"),
                "parameters:\n  ties: {alignment: 0.9, coalition: 0.95, alliance: 0.99}\n");
        Path out = dir.resolve("strict");
        assertThat(backtest(out, "--params", p.toString()).exit()).isZero();
        List<String> pred = Files.readAllLines(out.resolve("predictions.csv"));
        assertThat(pred.subList(1, pred.size())).allMatch(l -> l.split(",")[4].equals("none"));
    }

    @Test
    void calibrateWritesAParamsFileThatBacktestAccepts() throws IOException {
        Path cal = dir.resolve("cal");
        CliRun r = CliRun.of("calibrate", "--from", "1900", "--to", "1911", "--train-to", "1906", "--alliances",
                fixture("atop-dyads-1899-1911.csv").toString(), "--data", fixture("cow-states.csv").getParent().toString(),
                "--theory", "balance-of-threat", "--param", "balanceOfThreat.threatHalf", "--evaluations", "8",
                "--steps-per-year", "4", "--bootstrap", "20", "--out", cal.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Fitted balance-of-threat on 1900-1906").contains("balanceOfThreat.threatHalf = ")
                .contains("held out 1907-1911, default");
        String params = Files.readString(cal.resolve("params.yaml"));
        assertThat(params).contains("parameters:\n  balanceOfThreat:\n    threatHalf: ");
        assertThat(Files.readAllLines(cal.resolve("evaluations.csv")).get(0))
                .isEqualTo("evaluation,balanceOfThreat.threatHalf,objective");
        assertThat(Files.readString(cal.resolve("report.md"))).contains("## Scores, defaults and fit side by side");
        Path out = dir.resolve("bt-fitted");
        assertThat(backtest(out, "--params", cal.resolve("params.yaml").toString()).exit()).isZero();
    }

    @Test
    void calibrateRefusesAnUnknownParameterPath() throws IOException {
        Path cal = dir.resolve("cal2");
        CliRun r = CliRun.of("calibrate", "--from", "1900", "--to", "1911", "--train-to", "1906", "--alliances",
                fixture("atop-dyads-1899-1911.csv").toString(), "--theory", "balance-of-threat", "--param",
                "balanceOfThreat.threathalf", "--out", cal.toString());
        assertBadInput(r, cal, "no parameter 'threathalf'");
    }
}
