package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioTemplateTest {
    static final String BASE = """
            name: t
            time: {start: 2022, unit: year, steps: 50}
            focal: [A]
            states:
              - id: A
                capital: {lat: 0, lon: 0}
                power: {composite: 1}
                perceives: {B: %s}
              - id: B
                capital: {lat: 0, lon: 10}
                power: {composite: %s}
            events:
              - {type: intent, state: A, partner: B, value: 0.2, step: %s}
            """;

    static String scenario(String intent, String power, String step) {
        return BASE.formatted(intent, power, step);
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void drawsStayInTheirSupportAndRepeatForASeed(long seed) throws Exception {
        ScenarioTemplate t = ScenarioTemplate.parse(scenario("{dist: beta, mean: 0.8, sd: 0.1}",
                "{dist: truncnormal, mean: 2, sd: 1, min: 0.5, max: 3}", "{dist: uniform, min: 10, max: 20}"), "t.yaml");
        assertThat(t.isUncertain()).isTrue();
        assertThat(t.uncertainPaths()).containsExactly("states[0].perceives.B", "states[1].power.composite", "events[0].step");
        Scenario s = t.resolve(seed);
        double intent = s.states().get(0).perceives().get("B");
        double power = s.states().get(1).power().get("composite");
        int step = s.events().get(0).rampStart();
        assertThat(intent).isStrictlyBetween(0.0, 1.0);
        assertThat(power).isBetween(0.5, 3.0);
        assertThat(step).isBetween(10, 20);
        Scenario again = t.resolve(seed);
        assertThat(again.states().get(0).perceives().get("B")).isEqualTo(intent);
        assertThat(again.events().get(0).rampStart()).isEqualTo(step);
    }

    @Test
    void differentSeedsDrawDifferentValuesAndTheMeanIsNearTheDistributions() throws Exception {
        ScenarioTemplate t = ScenarioTemplate.parse(scenario("{dist: beta, mean: 0.8, sd: 0.1}", "1", "5"), "t.yaml");
        double sum = 0;
        int n = 2000;
        for (long seed = 0; seed < n; seed++) {
            sum += t.resolve(seed).states().get(0).perceives().get("B");
        }
        assertThat(sum / n).isBetween(0.79, 0.81);
    }

    @Test
    void sweptValuesReplaceDistributionsAndPlainValues() throws Exception {
        ScenarioTemplate t = ScenarioTemplate.parse(scenario("{dist: beta, mean: 0.8, sd: 0.1}", "1", "5"), "t.yaml");
        Scenario s = t.resolve(3, Map.of(NodePath.parse("states.A.perceives.B"), 0.25,
                NodePath.parse("states.B.power.composite"), 7.0, NodePath.parse("events[0].step"), 9.0,
                NodePath.parse("parameters.balanceOfThreat.threatHalf"), 0.2));
        assertThat(s.states().get(0).perceives().get("B")).isEqualTo(0.25);
        assertThat(s.states().get(1).power().get("composite")).isEqualTo(7.0);
        assertThat(s.events().get(0).rampStart()).isEqualTo(9);
        assertThat(s.parameters().balanceOfThreat().threatHalf()).isEqualTo(0.2);
    }

    @Test
    void badDistributionsNameTheLineAndField() {
        assertThatThrownBy(() -> ScenarioTemplate.parse(scenario("{dist: beta, mean: 1.2, sd: 0.1}", "1", "5"), "t.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("t.yaml:8:")
                .hasMessageContaining("states[0].perceives.B.mean")
                .hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> ScenarioTemplate.parse(scenario("0.5", "{dist: normal, mean: 2, sd: -1}", "5"), "t.yaml"))
                .hasMessageContaining("t.yaml:11:")
                .hasMessageContaining("states[1].power.composite.sd");
        assertThatThrownBy(() -> ScenarioTemplate.parse(scenario("{dist: gamma, mean: 0.5}", "1", "5"), "t.yaml"))
                .hasMessageContaining("states[0].perceives.B.dist").hasMessageContaining("not one of");
        assertThatThrownBy(() -> ScenarioTemplate.parse(scenario("{dist: uniform, min: 0.5, max: 0.2}", "1", "5"), "t.yaml"))
                .hasMessageContaining("states[0].perceives.B.max");
    }

    @Test
    void aDistributionThatCanLeaveTheFieldsRangeIsRefused() {
        assertThatThrownBy(() -> ScenarioTemplate.parse(scenario("{dist: normal, mean: 0.9, sd: 0.05}", "1", "5"), "t.yaml"))
                .hasMessageContaining("t.yaml:8:")
                .hasMessageContaining("states[0].perceives.B")
                .hasMessageContaining("can draw -infinity");
        assertThatThrownBy(() -> ScenarioTemplate.parse(scenario("0.5", "1", "{dist: uniform, min: 10, max: 60}"), "t.yaml"))
                .hasMessageContaining("events[0].step")
                .hasMessageContaining("outside the run");
    }

    @Test
    void pathsThatLeadNowhereSayWhy() throws Exception {
        ScenarioTemplate t = ScenarioTemplate.parse(scenario("0.5", "1", "5"), "t.yaml");
        assertThatThrownBy(() -> t.resolve(1, Map.of(NodePath.parse("states.XYZ.power.composite"), 1.0)))
                .hasMessageContaining("no element with id 'XYZ'").hasMessageContaining("A, B");
        assertThatThrownBy(() -> t.resolve(1, Map.of(NodePath.parse("events[3].value"), 1.0)))
                .hasMessageContaining("there is no [3]");
        assertThatThrownBy(() -> t.resolve(1, Map.of(NodePath.parse("parameters.balanceOfThreat.threatHalff"), 0.1)))
                .hasMessageContaining("unknown field 'threatHalff'").hasMessageContaining("threatHalf");
        assertThatThrownBy(() -> NodePath.parse("states..A")).isInstanceOf(IllegalArgumentException.class);
    }
}
