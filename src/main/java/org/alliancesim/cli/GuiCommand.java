package org.alliancesim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.alliancesim.gui.ClassroomWindow;
import org.alliancesim.gui.LibraryShock;
import org.alliancesim.gui.ShockLibrary;
import org.alliancesim.gui.Screenshot;
import org.alliancesim.output.OutputException;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gui}: the classroom GUI, or (with --screenshot) a picture of it after N steps. */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the classroom GUI: map, live charts, event log, the scenario library's shocks.",
                "With --screenshot it runs --steps steps, saves a picture of the window, prints the event log and exits."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/iran-russia.yaml")
    Path scenarioFile;

    @Option(names = "--theory", paramLabel = "NAME",
            description = "Decision module for the focal states at the start (changeable in the window).")
    String theory;

    @Option(names = "--compare", arity = "2", paramLabel = "THEORY",
            description = "Side by side: the scenario under two theories of the focal states, from the same seed, "
                    + "every control and shock applied to both.")
    List<String> compare;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}; changeable in the window).")
    long seed;

    @Option(names = "--library", paramLabel = "DIR", defaultValue = "scenarios/termination",
            description = "The scenario library whose events the window fires as shocks (default: ${DEFAULT-VALUE}).")
    Path library;

    @Option(names = "--steps", paramLabel = "N",
            description = "With --screenshot: steps to run before the picture (default: the scenario's steps); "
                    + "past the scenario's end the run stops there.")
    Integer steps;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "Save a picture of the window after --steps steps, then exit.")
    Path screenshot;

    @Option(names = "--fire", paramLabel = "SHOCK@STEP",
            description = "With --screenshot: fire a library shock (W1..S2 or a file name such as w6-us-decline) "
                    + "when the run has taken STEP steps, as its button does; repeatable. E.g. --fire W2@24.")
    List<String> fire = new java.util.ArrayList<>();

    @Option(names = "--tab", paramLabel = "TAB", defaultValue = "Controls",
            description = "With --screenshot: the side tab shown: Controls, About or State (default: ${DEFAULT-VALUE}).")
    String tab;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (theory != null && compare != null) {
            throw new InputException("--theory and --compare exclude each other (--compare names both theories)");
        }
        if (compare != null && compare.size() != 2) {
            throw new InputException("--compare takes two theories once, got " + compare.size() + ": " + compare);
        }
        if (!List.of("Controls", "About", "State").contains(tab)) {
            throw new InputException("--tab '" + tab + "': choose Controls, About or State");
        }
        List<String> theories = compare != null ? compare : java.util.Collections.singletonList(theory);
        RunCommand.checkTheories(theories.stream().filter(java.util.Objects::nonNull).toList());
        int n = steps == null ? scenario.time().steps() : steps;
        if (n < 0) {
            throw new InputException("--steps must be at least 0, got " + n);
        }
        if ((steps != null || !fire.isEmpty()) && screenshot == null) {
            throw new InputException((steps != null ? "--steps" : "--fire")
                    + " needs --screenshot (the window runs when you press Play)");
        }
        List<LibraryShock> shocks = ShockLibrary.load(library, scenario);
        List<Screenshot.Firing> firings = new java.util.ArrayList<>();
        for (String f : fire) {
            try {
                firings.add(Screenshot.parseFiring(f, shocks));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("error: no display; on a server run it under a virtual one: xvfb-run -a -s '-screen 0 1600x1000x24' ./alliance-sim gui ...");
            return 1;
        }
        if (screenshot != null) {
            Screenshot.Result r;
            try {
                r = Screenshot.take(scenario, theories, seed, n, screenshot, firings, shocks, tab);
            } catch (java.io.IOException e) {
                throw new OutputException("cannot write " + screenshot + ": " + e.getMessage());
            }
            for (int k = 0; k < r.logs().size(); k++) {
                System.out.println("Run " + (k + 1) + " (" + r.stepsDone().get(k) + " steps), event log:");
                r.logs().get(k).forEach(line -> System.out.println("  " + line));
                System.out.println("  chart markers: " + String.join(", ", r.markers().get(k)));
            }
            System.out.println("Screenshot: " + screenshot);
            return 0;
        }
        SwingUtilities.invokeAndWait(() -> {
            ClassroomWindow w = new ClassroomWindow(scenario, theories, seed, shocks);
            w.frame().addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    System.exit(0);
                }
            });
            w.show();
        });
        new CountDownLatch(1).await(); // closing the window ends the program
        return 0;
    }
}
