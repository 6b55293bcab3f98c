package org.alliancesim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.alliancesim.gui.AllianceWithUI;
import org.alliancesim.gui.Screenshot;
import org.alliancesim.output.OutputException;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gui}: the teaching GUI, or (with --screenshot) a picture of it after N steps. */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the teaching GUI (a MASON console: map, live charts, controls, inspectors).",
                "With --screenshot it runs --steps steps, saves a picture of the whole screen and exits."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/iran-russia.yaml")
    Path scenarioFile;

    @Option(names = "--theory", paramLabel = "NAME",
            description = "Decision module for the focal states at the start (changeable in the Model tab).")
    String theory;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "With --screenshot: steps to run before the picture (default: 40).")
    Integer steps;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "Save a picture of the screen after --steps steps, then exit.")
    Path screenshot;

    @Option(names = "--fire", paramLabel = "EVENT@STEP",
            description = "With --screenshot: fire a termination event (W1..W6, S1, S2) when the run reaches STEP, "
                    + "as the Model tab's Fire boxes do; repeatable. E.g. --fire W2@20.")
    List<String> fire = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (theory != null) {
            RunCommand.checkTheories(List.of(theory));
        }
        int n = steps == null ? 40 : steps;
        if (n < 0) {
            throw new InputException("--steps must be at least 0, got " + n);
        }
        if ((steps != null || !fire.isEmpty()) && screenshot == null) {
            throw new InputException((steps != null ? "--steps" : "--fire")
                    + " needs --screenshot (the interactive GUI runs until you pause it)");
        }
        List<Screenshot.Firing> firings = new java.util.ArrayList<>();
        for (String f : fire) {
            try {
                firings.add(Screenshot.parseFiring(f));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("error: no display; on a server run it under a virtual one: xvfb-run -a -s '-screen 0 1600x1000x24' ./alliance-sim gui ...");
            return 1;
        }
        if (screenshot != null) {
            try {
                Screenshot.take(scenario, theory, seed, n, screenshot, firings);
            } catch (java.io.IOException e) {
                throw new OutputException("cannot write " + screenshot + ": " + e.getMessage());
            }
            System.out.println("Screenshot: " + screenshot);
            return 0;
        }
        SwingUtilities.invokeAndWait(() -> new AllianceWithUI(scenario, theory, seed).createController());
        new CountDownLatch(1).await(); // closing the console ends the program (MASON calls System.exit)
        return 0;
    }
}
