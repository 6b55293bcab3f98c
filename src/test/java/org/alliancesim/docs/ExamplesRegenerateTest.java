package org.alliancesim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alliancesim.Slow;
import org.alliancesim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed examples that DocFiguresTest reads are what the commands of
 * {@code results/examples/regenerate.sh} print today: the cheaper ones are run again here, in this
 * JVM, and must give byte-identical files (the manifests and reports, which name the output folder,
 * are left out). The rest are rewritten by the script itself; {@code git status} after it shows any
 * drift.
 */
@Slow
class ExamplesRegenerateTest {
    private static final Path EXAMPLES = Path.of("results", "examples");

    @TempDir
    Path tmp;

    private record Output(int exit, String out, String err) {
    }

    private static synchronized Output run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Main.execute(args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void explainPrintsTheCommittedExplanations() throws IOException {
        for (String theory : List.of("balance-of-threat", "schweller-bandwagoning")) {
            Output o = run("explain", "--pair", "IRN,RUS", "--theory", theory, "--quiet");
            assertThat(o.exit()).as(o.err()).isZero();
            assertThat(o.out()).as("explain --theory %s", theory)
                    .isEqualTo(Files.readString(EXAMPLES.resolve("explain/irn-rus-" + theory + ".txt")));
        }
    }

    @Test
    void theDefaultRunGivesTheCommittedTableAndSummary() throws IOException {
        Path out = tmp.resolve("run");
        Output o = run("run", "--record", "none", "--out", out.toString(), "--quiet");
        assertThat(o.exit()).as(o.err()).isZero();
        String table = o.out().lines().takeWhile(l -> !l.startsWith("Results:")).filter(l -> !l.isEmpty())
                .map(l -> l + "\n").reduce("", String::concat);
        Path committed = EXAMPLES.resolve("iran-russia");
        assertThat(table).isEqualTo(Files.readString(committed.resolve("console.txt")));
        for (String file : List.of("summary.csv", "events.csv", "survival.csv", "survival-summary.csv")) {
            assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(committed.resolve(file));
        }
    }

    @Test
    void theLandscapeOfTheDefaultScenarioIsTheCommittedOne() {
        Path out = tmp.resolve("landscape");
        Output o = run("landscape", "--scenario", "scenarios/iran-russia.yaml", "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        for (String file : List.of("sizes.csv", "propensities.csv", "minima.csv", "frustration.csv")) {
            assertThat(out.resolve(file)).as(file)
                    .hasSameBinaryContentAs(EXAMPLES.resolve("landscape/default").resolve(file));
        }
    }

    @Test
    void theCompoundComparisonIsTheCommittedOne() {
        Path out = tmp.resolve("compound");
        Output o = run("compare", "scenarios/termination/compound/s1-and-w2.yaml",
                "scenarios/termination/compound/w1-and-w6-russia-decline.yaml",
                "scenarios/termination/compound/w2-and-s2.yaml",
                "--theory", "balance-of-threat", "--theory", "schweller-bandwagoning", "--reps", "10", "--quiet",
                "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out.resolve("comparison.csv"))
                .hasSameBinaryContentAs(EXAMPLES.resolve("compare-compound/comparison.csv"));
    }
}
