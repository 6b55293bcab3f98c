package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code gui} command's refusals, which come before any window opens (so they run anywhere). */
class GuiCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void anUnknownTheoryExitsTwoNamingTheChoices() {
        Path png = dir.resolve("x.png");
        assertThat(run("gui", "--theory", "realism", "--screenshot", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown theory 'realism'").contains("balance-of-threat");
        assertThat(png).doesNotExist();
    }

    @Test
    void aBrokenScenarioExitsTwoWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nstates: [\n");
        Path png = dir.resolve("x.png");
        assertThat(run("gui", bad.toString(), "--screenshot", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml:");
        assertThat(png).doesNotExist();
    }

    @Test
    void stepsWithoutAScreenshotAreRefused() {
        assertThat(run("gui", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("--steps needs --screenshot");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "W9@20 | no library shock 'W9' applies to this scenario; choose from w1-iran-perceives-russian-threat",
        "W2 | write SHOCK@STEP", "W2@soon | 'soon' is not a whole number", "S1@-1 | at least 0"})
    void aBadFireExitsTwoSayingWhatIsWrong(String fire, String message) {
        Path png = dir.resolve("x.png");
        assertThat(run("gui", "--fire", fire, "--screenshot", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(png).doesNotExist();
    }

    @Test
    void theoryAndCompareTogetherAreRefused() {
        assertThat(run("gui", "--theory", "identity", "--compare", "identity", "balance-of-threat")).isEqualTo(2);
        assertThat(err.toString()).contains("--theory and --compare exclude each other");
    }

    @Test
    void compareTakesExactlyTwoTheoriesAndTheTabMustExist() {
        assertThat(run("gui", "--compare", "identity", "balance-of-threat", "--compare", "identity", "landscape"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--compare takes two theories once, got 4");
        assertThat(run("gui", "--tab", "Model", "--screenshot", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--tab 'Model': choose Controls, About or State");
    }

    @Test
    void fireWithoutAScreenshotIsRefused() {
        assertThat(run("gui", "--fire", "W2@20")).isEqualTo(2);
        assertThat(err.toString()).contains("--fire needs --screenshot");
    }
}
