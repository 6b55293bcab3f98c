package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.alliancesim.Slow;
import org.alliancesim.TestScenarios;
import org.alliancesim.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI end to end, as {@code ./alliance-sim gui --steps N --screenshot FILE} runs it, in a
 * JVM of its own (the test JVM is headless by the build's choice): it opens, runs, exits 0 and
 * leaves a picture that is not blank. Needs a display: CI runs the suite under {@code xvfb-run};
 * without one ({@code DISPLAY} unset) the test is skipped.
 */
@Slow
class GuiSmokeTest {
    @TempDir
    Path dir;

    @Test
    void theGuiRunsAndItsScreenshotShowsTheMapChartsAndConsole() throws Exception {
        String display = System.getenv("DISPLAY");
        Assumptions.assumeTrue(display != null && !display.isBlank(), "no display (run under xvfb-run -a)");
        Path png = dir.resolve("shots/gui.png");
        Path log = dir.resolve("gui.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-cp", cp, Main.class.getName(), "gui", TestScenarios.DEFAULT.toString(),
                "--theory", "schweller-bandwagoning", "--steps", "12", "--fire", "S2@4", "--screenshot", png.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }

        assertThat(ended).as("the GUI exits by itself").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
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
        assertThat(counts.keySet()).as("the focal state's disc in the Schweller colour is on screen")
                .anyMatch(rgb -> near(rgb, MapStyle.module("schweller-bandwagoning").getRGB() & 0xFFFFFF));
    }

    /** Whether two colours are within a few levels per channel (discs are drawn slightly translucent). */
    private static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 20) {
                return false;
            }
        }
        return true;
    }
}
