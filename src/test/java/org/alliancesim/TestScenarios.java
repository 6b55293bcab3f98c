package org.alliancesim;

import java.nio.file.Path;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioLoader;

/** The bundled scenarios, loaded for tests. */
public final class TestScenarios {
    public static final Path DEFAULT = Path.of("scenarios", "iran-russia.yaml");

    private TestScenarios() {
    }

    public static Scenario defaultScenario() {
        try {
            return ScenarioLoader.load(DEFAULT);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Scenario parse(String yaml) {
        try {
            return ScenarioLoader.parse(yaml, "test.yaml");
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
