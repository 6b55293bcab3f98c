package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliancesim.experiment.NonFiniteException;
import org.alliancesim.scenario.MiniScenario;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a hostile user tried in issue 18, through the command line: ids that would shift a CSV,
 * numbers that would overflow, theories named twice; each refused with exit 2 naming file, line
 * and field, before any output. A non-finite number reaching an output stops the command with
 * exit 4 naming state and step.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void idsThatWouldShiftACsvAreRefusedWithLineAndField() throws IOException {
        for (String bad : new String[] {"\"A,B\"", "'A\"B'", "\"A\\nB\"", "\"A\\rB\"", "\" \"", "\"\"", "\"\\t\"", "A-B", "A.B"}) {
            Path s = write("s.yaml", MiniScenario.TEXT.replace("- id: CCC", "- id: " + bad));
            CliRun r = CliRun.of("validate", s.toString());
            assertThat(r.exit()).as(bad + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(bad).contains(s + ":13:9: states[2].id: ").contains("states[2].id").contains("not a valid state id")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void hugeNumbersAreRefusedBeforeTheyCanOverflow() throws IOException {
        Path s = write("s.yaml", MiniScenario.with("power: {military: 5, economy: 10}", "power: {military: 1e303, economy: 10}"));
        CliRun r = CliRun.of("run", s.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(s + ":7:").contains("states[0].power.military").contains("magnitude at most 1e15");
        assertThat(dir.resolve("out")).doesNotExist();
        Path fine = write("f.yaml", MiniScenario.with("power: {military: 5, economy: 10}", "power: {military: 1e15, economy: 1e15}"));
        CliRun ok = CliRun.of("run", fine.toString(), "--out", dir.resolve("ok").toString(), "--quiet", "--reps", "2",
                "--theory", "balance-of-threat", "--theory", "schweller-bandwagoning");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(Files.readString(dir.resolve("ok/series.csv"))).doesNotContain(",,").doesNotContain("inf");
    }

    @Test
    void emptyValuesAndUnsamplableDistributionsNameLineAndField() throws IOException {
        Path trade = write("t.yaml", MiniScenario.with("trade: {BBB: 0.2}", "trade: {BBB: }"));
        Path gains = write("g.yaml", MiniScenario.with("trade: {BBB: 0.2}", "trade: {BBB: 0.2}\n    gains: {BBB: }"));
        Path beta = write("b.yaml", MiniScenario.with("perceives: {BBB: 0.5}",
                "perceives: {BBB: {dist: beta, mean: 0.5, sd: 1e-20}}"));
        Path wide = write("w.yaml", MiniScenario.with("perceives: {BBB: 0.5}",
                "perceives: {BBB: {dist: truncnormal, mean: 0.5, sd: 1e14, min: 0, max: 1}}"));
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("validate", trade.toString(), gains.toString(), beta.toString(), wide.toString());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(trade + ":9:17: states[0].trade.BBB: expected a number between 0 and 1, found nothing")
                .contains(gains + ":10:17: states[0].gains.BBB: expected a mapping such as {political: 0.5}, found nothing")
                .contains(beta + ":8:").contains("states[0].perceives.BBB.sd: a beta with mean 0.5 and sd 1.0E-20 is too narrow")
                .contains(wide + ":8:").contains("is so much wider than [min, max]").doesNotContain("\tat ");
    }

    /** Each value is valid with the base scenario, but alignment 0.45 above coalition 0.4 is not. */
    @Test
    void sweepValuesInvalidTogetherAreRefusedBeforeAnyWorkFolder() throws IOException {
        write("s.yaml", MiniScenario.TEXT);
        Path sweep = write("sw.yaml", "scenario: s.yaml\nreplications: 1\nsteps: 5\nvary:\n"
                + "  - path: parameters.ties.alignment\n    values: [0.2, 0.45]\n"
                + "  - path: parameters.ties.coalition\n    values: [0.4, 0.6]\n");
        Path out = dir.resolve("sw-out");
        CliRun r = CliRun.of("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("at sweep point 2 (parameters.ties.alignment = 0.45, parameters.ties.coalition = 0.4)")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".alliance-sim-tmp"));
        }
    }

    @Test
    void aNulInASweepsScenarioPathIsBadInput() throws IOException {
        Path sweep = write("nul.yaml", "scenario: \"s\\0.yaml\"\nvary:\n  - path: states.AAA.power.economy\n    values: [5]\n");
        CliRun r = CliRun.of("sweep", sweep.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(sweep + ":1:").contains("scenario: not a valid path").doesNotContain("\tat ");
    }

    @Test
    void aTheoryNamedTwiceIsRefused() throws IOException {
        CliRun r = CliRun.of("run", "--theory", "identity", "--theory", "identity", "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--theory identity is given twice");
        Path scenario = write("s.yaml", MiniScenario.TEXT);
        Path sweep = write("sw.yaml", "scenario: s.yaml\ntheories: [identity, balance-of-threat, identity]\n"
                + "vary:\n  - path: states.AAA.power.economy\n    values: [5, 10]\n");
        CliRun s = CliRun.of("sweep", sweep.toString(), "--out", dir.resolve("sw").toString(), "--quiet");
        assertThat(s.exit()).as(s.err()).isEqualTo(2);
        assertThat(s.err()).contains(sweep + ":2:").contains("theories[2]").contains("listed twice");
        assertThat(scenario).exists();
        assertThat(dir.resolve("sw")).doesNotExist();
    }

    @Test
    void aNonFiniteNumberStopsTheCommandWithExit4NamingStateAndStep() throws Exception {
        Scenario s = ScenarioLoader.parse(MiniScenario.TEXT, "mini.yaml");
        Throwable t = catchThrowable(() -> NonFiniteException.check(Double.NaN, "commitment", s, 0, 1, 3, "identity", 2));
        assertThat(t).isInstanceOf(NonFiniteException.class);
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Failing((NonFiniteException) t));
        cl.setExecutionExceptionHandler(new Errors());
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute()).isEqualTo(4);
        assertThat(err.toString()).contains("NaN for the commitment of AAA toward BBB at step 3 (2003)")
                .contains("under identity, replication 2").contains("nothing was written").doesNotContain("\tat ");
        NonFiniteException.check(0.5, "commitment", s, 0, 1, 3, "identity", 2); // finite: no exception
    }

    /** A command that fails as a run whose model computed NaN does. */
    @CommandLine.Command(name = "failing")
    record Failing(NonFiniteException e) implements Callable<Integer> {
        @Override
        public Integer call() {
            throw e;
        }
    }
}
