package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which fields take whole numbers is read off the declarations, and agrees with the loader: a
 * sweep or an uncertain input rounds exactly the fields the loader refuses a fraction in.
 */
class FieldTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"time.steps", "time.start", "events[0].step", "events[0].ramp[1]",
        "parameters.landscape.switchesPerStep"})
    void stepsAndCountsAreWholeNumbers(String path) {
        assertThat(NodePath.parse(path).isWholeNumber()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"states.AAA.perceives.BBB", "states[0].reach", "states[0].capital.lat",
        "states.AAA.gains.BBB.delivered", "states.AAA.factions.x.perceives.BBB", "parameters.ties.alignment",
        "distances[0].km", "events[0].value", "events[0].scale", "events[0].ramp", "steps", "time", "states[0].lat",
        "time.steps.more", "parameters.nothing"})
    void otherFieldsAreNot(String path) {
        assertThat(NodePath.parse(path).isWholeNumber()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"time.steps", "time.start", "events[0].step", "parameters.landscape.switchesPerStep"})
    void theLoaderRefusesAFractionInEachWholeNumberField(String path) throws ScenarioException {
        ScenarioTemplate mini = ScenarioTemplate.parse(MiniScenario.TEXT, MiniScenario.FILE);
        assertThatThrownBy(() -> mini.median(Map.of(NodePath.parse(path), 8.5)))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("whole number");
        assertThat(mini.median(Map.of(NodePath.parse(path), 8.0))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"states.AAA.perceives.BBB", "parameters.ties.hysteresis", "distances[0].km",
        "events[0].value"})
    void andTakesOneInTheOthers(String path) throws ScenarioException {
        ScenarioTemplate mini = ScenarioTemplate.parse(MiniScenario.TEXT, MiniScenario.FILE);
        assertThat(mini.median(Map.of(NodePath.parse(path), 0.05))).isNotNull();
    }
}
