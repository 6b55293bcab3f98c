package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.alliancesim.scenario.MiniScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input through the command line: exit status 2, every problem on stderr as
 * {@code error: file:line:column: field: message}, no stack trace unless {@code --debug}, and no
 * output folder (nor a temporary one) left behind.
 */
class CliBadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private void assertNothingWritten(Path out) throws IOException {
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".alliance-sim-tmp"));
        }
    }

    @Test
    void validateReportsEveryProblemOfEveryFileAndExits2() throws IOException {
        Path good = write("good.yaml", MiniScenario.TEXT);
        Path bad = write("bad.yaml", MiniScenario.TEXT.replace("steps: 20}", "steps: 0}")
                .replace("perceives: {BBB: 0.5}", "intnet: {BBB: 0.5}")
                .replace("{lat: 30, lon: 40}", "{lat: 130, lon: 40}")
                .replace("[AAA, BBB]", "[AAA, AAA]")
                .replace("km: 5000", "km: -1"));
        Path empty = write("empty.yaml", "");
        CliRun r = CliRun.of("validate", good.toString(), bad.toString(), empty.toString(), dir.resolve("gone.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("ok: " + good + " (3 states, 1 event)");
        assertThat(r.err().lines()).containsExactly(
                "error: " + bad + ":2:40: time.steps: expected a number between 1 and 1000000, found 0",
                "error: " + bad + ":8:5: states[0].intnet: unknown field 'intnet'; did you mean 'perceives'?",
                "error: " + bad + ":11:20: states[1].capital.lat: expected a number between -90 and 90, found 130",
                "error: " + bad + ":17:15: ties[0].between: a state cannot be tied to itself",
                "error: " + bad + ":19:31: distances[0].km: expected a number between 0 and 40100, found -1",
                "error: " + empty + ":1:1: the file is empty; expected a YAML mapping",
                "error: " + dir.resolve("gone.yaml") + ": no such file");
        assertThat(r.hasStackTrace()).isFalse();
    }

    @Test
    void validateOfGoodFilesExits0() throws IOException {
        CliRun r = CliRun.of("validate", "scenarios/iran-russia.yaml", write("m.yaml", MiniScenario.TEXT).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intnet", "binary", "folder", "missing", "tag", "bomb", "syntax"})
    void runRefusesBadScenariosWithExit2AndCreatesNoFolder(String kind) throws IOException {
        Path scenario = switch (kind) {
            case "intnet" -> write("s.yaml", MiniScenario.with("perceives:", "intnet:"));
            case "binary" -> Files.write(dir.resolve("s.yaml"), new byte[] {1, 2, 0, 3});
            case "folder" -> Files.createDirectory(dir.resolve("s.yaml"));
            case "missing" -> dir.resolve("s.yaml");
            case "tag" -> write("s.yaml", "name: !!java.net.URL [\"http://127.0.0.1:1/\"]\n");
            case "bomb" -> write("s.yaml", "name: x\na: &a [1, 2]\nb: [*a, *a]\n");
            default -> write("s.yaml", "name: [x\n");
        };
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", out.toString(), "--reps", "1", "--steps", "5", "--quiet");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + scenario);
        assertThat(r.hasStackTrace()).isFalse();
        assertThat(r.out()).isEmpty();
        assertNothingWritten(out);
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        Path scenario = write("s.yaml", MiniScenario.with("perceives:", "intnet:"));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", out.toString(), "--debug", "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'perceives'?").contains("ScenarioException")
                .contains("\tat org.alliancesim.scenario.ScenarioLoader");
        assertNothingWritten(out);
        CliRun global = CliRun.of("--debug", "run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertThat(global.hasStackTrace()).isTrue();
    }

    @Test
    void badCommandLineValuesExit2WithoutAFolder() throws IOException {
        Path out = dir.resolve("out");
        String s = write("m.yaml", MiniScenario.TEXT).toString();
        for (String[] args : new String[][] {
                {"run", s, "--out", out.toString(), "--theory", "balance-of-thret"},
                {"run", s, "--out", out.toString(), "--reps", "0"},
                {"run", s, "--out", out.toString(), "--steps", "0"},
                {"run", s, "--out", out.toString(), "--threads", "0"},
                {"run", s, "--out", out.toString(), "--reps", "many"},
                {"run", s, "--out", out.toString(), "--record", "some"},
                {"run", s, "--out", out.toString(), "--no-such-option"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.hasStackTrace()).isFalse();
            assertNothingWritten(out);
        }
    }

    @Test
    void aScenarioWithoutFocalStatesCannotBeRun() throws IOException {
        Path s = write("m.yaml", MiniScenario.with("focal: [AAA]\n", ""));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", s.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("names no focal state");
        assertNothingWritten(out);
    }

    @Test
    void aRunEndingBeforeSomeEventsWarns() throws IOException {
        Path s = write("m.yaml", MiniScenario.TEXT);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", s.toString(), "--out", out.toString(), "--quiet", "--reps", "1", "--steps", "3",
                "--theory", "balance-of-threat");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: --steps 3 ends the run before 1 of the scenario's events starts; it will not happen");
        CliRun full = CliRun.of("run", s.toString(), "--out", dir.resolve("full").toString(), "--quiet", "--reps", "1",
                "--theory", "balance-of-threat");
        assertThat(full.err()).doesNotContain("warning");
    }
}
