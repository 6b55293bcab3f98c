package org.alliancesim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.alliancesim.scenario.Scenario;
import sim.display.Console;

/**
 * The GUI without a person: opens it, runs a number of steps, saves a picture of the whole
 * screen and closes it. Used by tests under a virtual display and to regenerate the README's
 * screenshot.
 */
public final class Screenshot {
    private static final long TIMEOUT_MS = 180_000;

    private Screenshot() {
    }

    /** A termination event to fire when the run reaches a step (the Model tab's Fire boxes). */
    public record Firing(String event, int step) {
    }

    /**
     * Reads {@code EVENT@STEP} (e.g. {@code W2@20}).
     *
     * @throws IllegalArgumentException naming the bad text and the choices
     */
    public static Firing parseFiring(String text) {
        String[] parts = text.split("@", -1);
        String choices = java.util.Arrays.toString(Shock.values());
        if (parts.length != 2) {
            throw new IllegalArgumentException("--fire '" + text + "': write EVENT@STEP, e.g. W2@20; events " + choices);
        }
        try {
            Shock.valueOf(parts[0].trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fire '" + text + "': unknown event '" + parts[0] + "'; choose from " + choices);
        }
        int step;
        try {
            step = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fire '" + text + "': the step '" + parts[1] + "' is not a whole number");
        }
        if (step < 1) {
            throw new IllegalArgumentException("--fire '" + text + "': the step must be at least 1");
        }
        return new Firing(parts[0].trim().toUpperCase(java.util.Locale.ROOT), step);
    }

    /**
     * @param firings events to fire when the run reaches their steps (before the screenshot)
     * @return the console that ran, already stopped (callers may read its model)
     * @throws IOException if the picture cannot be written
     */
    public static AllianceWithUI take(Scenario scenario, String theory, long seed, int steps, Path png,
                                      List<Firing> firings) throws IOException, InterruptedException {
        AllianceWithUI[] ui = new AllianceWithUI[1];
        Console[] console = new Console[1];
        onEdt(() -> {
            ui[0] = new AllianceWithUI(scenario, theory, seed);
            console[0] = (Console) ui[0].createController();
            selectTab(console[0], "Model");
        });
        Console c = console[0];
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        List<Firing> due = firings.stream().filter(f -> f.step() < steps)
                .sorted(java.util.Comparator.comparingInt(Firing::step)).toList();
        boolean started = false;
        for (Firing f : due) {
            started = runTo(c, ui[0], f.step(), started, deadline);
            synchronized (ui[0].model().schedule) {
                ui[0].controls().fire(Shock.valueOf(f.event()));
            }
        }
        runTo(c, ui[0], steps, started, deadline);
        // let the charts and the map finish repainting
        for (int k = 0; k < 3; k++) {
            onEdt(() -> { });
            Thread.sleep(400);
        }
        BufferedImage image;
        try {
            Rectangle all = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            image = new Robot().createScreenCapture(all);
        } catch (java.awt.AWTException e) {
            throw new IOException("cannot capture the screen: " + e.getMessage(), e);
        }
        write(image, png);
        onEdt(() -> {
            c.pressStop();
            ui[0].quit();
            c.dispose();
        });
        return ui[0];
    }

    /** Plays (or resumes) until the model has taken {@code steps} steps, then waits paused. */
    private static boolean runTo(Console c, AllianceWithUI ui, int steps, boolean started, long deadline)
            throws InterruptedException {
        if (steps <= 0 && !started) {
            return false; // the picture of step 0, before play is pressed
        }
        if (ui.model().schedule.getSteps() < steps) {
            c.setWhenShouldPause(steps);
            onEdt(started ? c::pressPause : c::pressPlay);
        }
        while (ui.model().schedule.getSteps() < steps || c.getPlayState() != Console.PS_PAUSED) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the GUI did not reach step " + steps + " in time");
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static void selectTab(Console c, String title) {
        var tabs = c.getTabPane();
        int k = tabs.indexOfTab(title);
        if (k >= 0) {
            tabs.setSelectedIndex(k);
        }
    }

    /** Writes the picture through a temporary file beside the target, so no half picture is left. */
    private static void write(BufferedImage image, Path png) throws IOException {
        Path abs = png.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".screenshot", ".png");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void onEdt(Runnable r) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
