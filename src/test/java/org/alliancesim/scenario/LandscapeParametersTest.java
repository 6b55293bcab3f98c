package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import org.alliancesim.TestScenarios;
import org.alliancesim.landscape.BlocStart;
import org.alliancesim.landscape.PropensityParams;
import org.junit.jupiter.api.Test;

/** {@code parameters.landscape} binds like every other group: defaults, overrides, line-numbered errors. */
class LandscapeParametersTest {

    private static String withLandscape(String block) throws Exception {
        return Files.readString(TestScenarios.DEFAULT).replace("parameters:\n", "parameters:\n  landscape:\n" + block);
    }

    @Test
    void leftOutItTakesTheDefaults() {
        assertThat(TestScenarios.defaultScenario().parameters().landscape()).isEqualTo(PropensityParams.DEFAULTS);
        assertThat(TestScenarios.defaultScenario().parameters().theories().landscape()).isEqualTo(PropensityParams.DEFAULTS);
    }

    @Test
    void givenKeysOverrideTheDefaults() throws Exception {
        Scenario s = TestScenarios.parse(withLandscape(
                "    sharedThreat: 2\n    identity: 0.5\n    start: global-minimum\n    switchesPerStep: 3\n"));
        PropensityParams p = s.parameters().landscape();
        assertThat(p.sharedThreat()).isEqualTo(2);
        assertThat(p.identity()).isEqualTo(0.5);
        assertThat(p.gains()).isEqualTo(PropensityParams.DEFAULTS.gains());
        assertThat(p.start()).isEqualTo(BlocStart.GLOBAL_MINIMUM);
        assertThat(p.switchesPerStep()).isEqualTo(3);
    }

    @Test
    void badValuesAreReportedWithLineAndField() throws Exception {
        String yaml = withLandscape("    mutualThreat: -1\n    start: apart\n    sharedTreat: 1\n");
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, "bad.yaml"), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).contains("parameters.landscape.mutualThreat",
                "parameters.landscape.start");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("bad.yaml");
            assertThat(p.line()).isBetween(28, 34);
        });
        assertThat(e.getMessage()).contains("sharedTreat", "sharedThreat");
    }
}
