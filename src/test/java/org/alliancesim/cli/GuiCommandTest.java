package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code gui} command's refusals, which come before any window opens (so they run anywhere). */
class GuiCommandTest {
    @TempDir
    Path dir;

    /** What the last command wrote on stderr. */
    private String err = "";

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        err = r.err();
        return r.exit();
    }

    @Test
    void onlyTheGuiCommandKeepsSwingsLookAndFeel() {
        // every other command writes figures with output.FigureLook, which suits no window
        assertThat(Main.showsWindows("gui")).isTrue();
        assertThat(Main.showsWindows("--debug", "gui", "--screenshot", "x.png")).isTrue();
        assertThat(Main.showsWindows("run", "gui.yaml")).isFalse();
        assertThat(Main.showsWindows("compare", "gui")).isFalse();
        assertThat(Main.showsWindows("--help")).isFalse();
        assertThat(Main.showsWindows()).isFalse();
    }

    @Test
    void anUnknownTheoryExitsTwoNamingTheChoices() {
        Path png = dir.resolve("x.png");
        assertThat(run("gui", "--theory", "realism", "--screenshot", png.toString())).isEqualTo(2);
        assertThat(err).contains("unknown theory 'realism'").contains("balance-of-threat");
        assertThat(png).doesNotExist();
    }

    @Test
    void aBrokenScenarioExitsTwoWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nstates: [\n");
        Path png = dir.resolve("x.png");
        assertThat(run("gui", bad.toString(), "--screenshot", png.toString())).isEqualTo(2);
        assertThat(err).contains("bad.yaml:");
        assertThat(png).doesNotExist();
    }

    @Test
    void stepsWithoutAScreenshotAreRefused() {
        assertThat(run("gui", "--steps", "5")).isEqualTo(2);
        assertThat(err).contains("--steps needs --screenshot");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "W9@20 | no library shock 'W9' applies to this scenario; choose from w1-iran-perceives-russian-threat",
        "W2 | write SHOCK@STEP", "W2@soon | 'soon' is not a whole number", "S1@-1 | at least 0"})
    void aBadFireExitsTwoSayingWhatIsWrong(String fire, String message) {
        Path png = dir.resolve("x.png");
        assertThat(run("gui", "--fire", fire, "--screenshot", png.toString())).isEqualTo(2);
        assertThat(err).contains(message);
        assertThat(png).doesNotExist();
    }

    @Test
    void theoryAndCompareTogetherAreRefused() {
        assertThat(run("gui", "--theory", "identity", "--compare", "identity", "balance-of-threat")).isEqualTo(2);
        assertThat(err).contains("--theory and --compare exclude each other");
    }

    @Test
    void compareTakesExactlyTwoTheoriesAndTheTabMustExist() {
        assertThat(run("gui", "--compare", "identity", "balance-of-threat", "--compare", "identity", "landscape"))
                .isEqualTo(2);
        assertThat(err).contains("--compare takes two theories once, got 4");
        assertThat(run("gui", "--tab", "Model", "--screenshot", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err).contains("--tab 'Model': choose Controls, About or State");
    }

    @Test
    void fireWithoutAScreenshotIsRefused() {
        assertThat(run("gui", "--fire", "W2@20")).isEqualTo(2);
        assertThat(err).contains("--fire needs --screenshot");
    }
}
