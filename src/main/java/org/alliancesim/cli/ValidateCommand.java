package org.alliancesim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alliancesim.scenario.Problem;
import org.alliancesim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE...}: checks scenario files without running them, reporting every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; report every problem found.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                var s = org.alliancesim.scenario.ScenarioTemplate.load(f).median(java.util.Map.of());
                spec.commandLine().getOut().println("ok: " + f + " (" + org.alliancesim.output.Plural.of(s.states().size(), "state")
                        + ", " + org.alliancesim.output.Plural.of(s.events().size(), "event") + ")");
            } catch (ScenarioException e) {
                bad++;
                for (Problem p : e.problems()) {
                    spec.commandLine().getErr().println("error: " + p);
                }
            }
        }
        spec.commandLine().getOut().flush();
        return bad == 0 ? 0 : Errors.BAD_INPUT;
    }
}
