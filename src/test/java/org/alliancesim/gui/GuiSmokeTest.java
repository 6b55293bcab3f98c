package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.alliancesim.Slow;
import org.alliancesim.TestScenarios;
import org.alliancesim.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI end to end, as {@code ./alliance-sim gui --screenshot FILE} runs it, in a JVM of its
 * own (the test JVM is headless by the build's choice): at the start, after a shock run past the
 * scenario's end, and side by side. Each exits 0, leaves a picture that is not blank, and prints
 * the event log and the chart markers it drew. Needs a display: CI runs the suite under
 * {@code xvfb-run}; without one ({@code DISPLAY} unset) the tests are skipped.
 */
@Slow
class GuiSmokeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsADisplay() {
        String display = System.getenv("DISPLAY");
        Assumptions.assumeTrue(display != null && !display.isBlank(), "no display (run under xvfb-run -a)");
    }

    private String gui(Path png, String... args) throws Exception {
        Path log = dir.resolve(png.getFileName() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, Main.class.getName(), "gui",
                TestScenarios.DEFAULT.toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--screenshot", png.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the GUI exits by itself").isTrue();
        String out = Files.readString(log);
        assertThat(p.exitValue()).as(out).isZero();
        notBlank(png);
        return out;
    }

    private static void notBlank(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(640);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertThat(counts).as("distinct colours").hasSizeGreaterThan(100);
        assertThat(commonest).as("no single colour fills the screen").isLessThan(total * 6 / 10);
        assertThat(counts.keySet()).as("land from the Natural Earth outline is drawn")
                .contains(MapPanel.LAND.getRGB() & 0xFFFFFF);
    }

    @Test
    void atTheStartNothingHasRunAndNoMarkerIsDrawn() throws Exception {
        String out = gui(dir.resolve("start.png"), "--steps", "0");
        assertThat(out).contains("Run 1 (0 steps)").contains("start: iran-russia, Iran under balance-of-threat, seed 1")
                .contains("chart markers: \n");
    }

    @Test
    void afterAShockTheLogGivesTheCauseTheChartsMarkItAndTheRunStopsAtTheLastStep() throws Exception {
        String out = gui(dir.resolve("shock.png"), "--steps", "150", "--fire", "W2@24");
        assertThat(out).contains("Run 1 (100 steps)")
                .contains("2028Q1  you fired W2: the US is no longer perceived as threatening")
                .contains("Iran\u2013Russia coalition -> alignment (fell): the threat from the United States receded (W2)")
                .contains("chart markers: W2@2028Q1")
                .contains("stopped at 2046Q4, the scenario's last step (100 steps)");
    }

    @Test
    void sideBySideBothTheoriesMeetTheSameShock() throws Exception {
        String out = gui(dir.resolve("compare.png"), "--compare", "balance-of-threat", "schweller-bandwagoning",
                "--steps", "70", "--fire", "S2@24");
        assertThat(out).contains("Run 1 (70 steps)").contains("Run 2 (70 steps)")
                .contains("Iran under balance-of-threat").contains("Iran under schweller-bandwagoning");
        assertThat(out.split("chart markers: S2@2028Q1", -1)).as("the marker in both runs").hasSize(3);
        assertThat(out).as("gains not delivered end the Schweller tie only")
                .contains("Iran\u2013Russia coalition -> alignment (fell): Russia did not deliver the gains Iran expected (S2)");
    }
}
