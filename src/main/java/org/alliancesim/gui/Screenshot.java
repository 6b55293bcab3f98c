package org.alliancesim.gui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.alliancesim.NewFiles;
import org.alliancesim.scenario.Scenario;

/**
 * The GUI without a person: opens the window, steps it as the clock would (firing library shocks
 * when their steps come), saves a picture of the window and closes it. Used by tests under a
 * virtual display and to regenerate the documentation's screenshots. What the event logs say and
 * which markers the charts carry are returned, so a caller can check the picture's content.
 */
public final class Screenshot {
    private Screenshot() {
    }

    /** A library shock to fire when the run has taken {@code step} steps. */
    public record Firing(String shock, int step) {
    }

    /**
     * What the screen showed.
     *
     * @param logs each run's event log, one line per entry
     * @param markers each run's chart markers, as {@code LABEL@DATE}
     * @param stepsDone the steps each run took
     */
    public record Result(List<List<String>> logs, List<List<String>> markers, List<Integer> stepsDone) {
    }

    /**
     * Reads {@code SHOCK@STEP} (e.g. {@code W2@20} or {@code w6-us-decline@30}).
     *
     * @throws IllegalArgumentException naming the bad text and the choices
     */
    public static Firing parseFiring(String text, List<LibraryShock> shocks) {
        String[] parts = text.split("@", -1);
        String choices = String.join(", ", shocks.stream().map(LibraryShock::id).toList());
        if (parts.length != 2) {
            throw new IllegalArgumentException("--fire '" + text + "': write SHOCK@STEP, e.g. W2@20; shocks: " + choices);
        }
        LibraryShock s = ShockLibrary.find(shocks, parts[0].trim());
        if (s == null) {
            throw new IllegalArgumentException("--fire '" + text + "': no library shock '" + parts[0]
                    + "' applies to this scenario; choose from " + choices);
        }
        int step;
        try {
            step = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fire '" + text + "': the step '" + parts[1] + "' is not a whole number");
        }
        if (step < 0) {
            throw new IllegalArgumentException("--fire '" + text + "': the step must be at least 0");
        }
        return new Firing(s.id(), step);
    }

    /**
     * @param theories one focal theory per run (two: side by side)
     * @param steps steps to take; past the scenario's end the run stops there, as the clock does
     * @param tab the side tab to show (Controls, About, State)
     */
    public static Result take(Scenario scenario, List<String> theories, long seed, int steps, Path png,
                              List<Firing> firings, List<LibraryShock> shocks, String tab)
            throws IOException, InterruptedException {
        ClassroomWindow[] w = new ClassroomWindow[1];
        onEdt(() -> {
            w[0] = new ClassroomWindow(scenario, theories, seed, shocks);
            w[0].show();
            w[0].selectTab(tab);
        });
        List<Firing> due = new ArrayList<>(firings);
        due.sort(Comparator.comparingInt(Firing::step));
        boolean going = true;
        for (int k = 0; k <= steps && going; k++) {
            int done = w[0].sessions().get(0).stepsDone();
            for (Firing f : due) {
                if (f.step() == done) {
                    onEdt(() -> w[0].fire(ShockLibrary.find(shocks, f.shock())));
                }
            }
            if (k < steps || w[0].sessions().get(0).atEnd()) {
                boolean[] stepped = new boolean[1];
                onEdt(() -> stepped[0] = w[0].advance());
                going = stepped[0];
            }
        }
        for (int k = 0; k < 3; k++) {
            onEdt(() -> { });
            Thread.sleep(300);
        }
        BufferedImage[] image = new BufferedImage[1];
        onEdt(() -> {
            var root = w[0].frame().getRootPane();
            image[0] = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image[0].createGraphics();
            root.printAll(g);
            g.dispose();
        });
        write(image[0], png);
        List<List<String>> logs = new ArrayList<>();
        List<List<String>> markers = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        onEdt(() -> {
            for (RunView v : w[0].views()) {
                logs.add(v.session.log().entries().stream().map(EventLog.Entry::line).toList());
                markers.add(v.charts.markerLabels());
                done.add(v.session.stepsDone());
            }
            w[0].pause();
            w[0].frame().dispose();
        });
        return new Result(logs, markers, done);
    }

    /** Writes the picture through a temporary file beside the target, so no half picture is left. */
    private static void write(BufferedImage image, Path png) throws IOException {
        Path abs = png.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = NewFiles.besides(abs);
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer");
            }
            NewFiles.moveInto(tmp, abs);
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
