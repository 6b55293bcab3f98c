package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The loader reads a large world's distances, numbers maps (perceives, credibility, trade,
 * offenseToward) and expected gains straight off their nodes when they hold no problem: the
 * values are those a plain YAML load of the same text gives, and any entry with a problem is
 * reported as before, with its path and line (it goes the binder's way).
 */
class QuickReadTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theValuesAreThoseOfAPlainYamlLoad(long seed) throws ScenarioException {
        String text = LinearLoadingTest.world(12, seed);
        Scenario s = ScenarioLoader.parse(text, "world.yaml");
        Map<String, Object> plain = new Yaml().load(text);

        Map<String, Double> distances = new LinkedHashMap<>();
        for (Object o : (List<?>) plain.get("distances")) {
            Map<?, ?> d = (Map<?, ?>) o;
            List<?> between = (List<?>) d.get("between");
            distances.put(between.get(0) + "-" + between.get(1), ((Number) d.get("km")).doubleValue());
        }
        assertThat(s.distances()).containsExactlyInAnyOrderEntriesOf(distances);

        List<?> states = (List<?>) plain.get("states");
        for (int i = 0; i < states.size(); i++) {
            Map<?, ?> state = (Map<?, ?>) states.get(i);
            StateSpec spec = s.states().get(i);
            assertThat(spec.perceives()).containsExactlyEntriesOf(numbers(state.get("perceives")));
            assertThat(spec.credibility()).containsExactlyEntriesOf(numbers(state.get("credibility")));
            assertThat(spec.trade()).containsExactlyEntriesOf(numbers(state.get("trade")));
            assertThat(spec.offenseToward()).containsExactlyEntriesOf(numbers(state.get("offenseToward")));
            Map<String, GainSpec> gains = new LinkedHashMap<>();
            ((Map<?, ?>) state.get("gains")).forEach((k, v) -> gains.put((String) k,
                    new GainSpec(0, 0, ((Number) ((Map<?, ?>) v).get("economic")).doubleValue(), 1)));
            assertThat(spec.gains()).containsExactlyEntriesOf(gains);
        }
    }

    private static Map<String, Double> numbers(Object map) {
        Map<String, Double> out = new LinkedHashMap<>();
        ((Map<?, ?>) map).forEach((k, v) -> out.put((String) k, ((Number) v).doubleValue()));
        return out;
    }

    /** One entry broken in a 12-state world: what to find and put instead, and the problem's path and wording. */
    static Stream<Arguments> mistakes() {
        List<Arguments> out = new ArrayList<>();
        String[][] cases = {
            // distances (the third: S0-S3)
            {"{between: [S0, S3], km: ", "{between: [S0, S3], km: -", "distances[2].km", "between 0 and 40100"},
            {"{between: [S0, S3], km: ", "{between: [S0, S3], mi: ", "distances[2].mi", "unknown field 'mi'"},
            {"{between: [S0, S3], km: ", "{between: [S0, S3], km: 1, km: ", "distances[2].km", "duplicate key"},
            {"{between: [S0, S3], km: ", "{between: [S0, S3], note: x, km: ", "distances[2].note", "unknown field"},
            {"{between: [S0, S3], km: ", "{between: [S0, S0], km: ", "distances[2].between", "two different states"},
            {"{between: [S0, S3], km: ", "{between: [S0, S99], km: ", "distances[2].between[1]", "unknown state 'S99'"},
            {"{between: [S0, S3], km: ", "{between: [S0], km: ", "distances[2].between", "exactly two state ids"},
            {"{between: [S0, S3], km: ", "{between: [S0, S3], km: ~, x: ", "distances[2].km",
                "missing required field 'km'"},
            {"{between: [S0, S3], km: ", "{between: [S0, S3], km: far, x: ", "distances[2].km", "expected a number"},
            // numbers maps (state S1's perceives; its first entry is S0)
            {"perceives: {S0: ", "perceives: {S0: 1", "states[1].perceives.S0", "between 0 and 1"},
            {"perceives: {S0: ", "perceives: {S0: ~, S0x: ", "states[1].perceives.S0", "found nothing"},
            {"perceives: {S0: ", "perceives: {S2: 0.5, S0: ", "states[1].perceives.S2", "duplicate key"},
            {"perceives: {S0: ", "perceives: {S0: high, S0x: ", "states[1].perceives.S0", "expected a number"},
            // expected gains (state S1's, the first toward S0)
            {"gains: {S0: {economic: ", "gains: {S0: {economic: 2", "states[1].gains.S0.economic", "between 0 and 1"},
            {"gains: {S0: {economic: ", "gains: {S0: {economics: ", "states[1].gains.S0.economics",
                "did you mean 'economic'?"},
            {"gains: {S0: {economic: ", "gains: {S0: {economic: 0.5, economic: ", "states[1].gains.S0.economic",
                "duplicate key"},
            {"gains: {S0: {economic: ", "gains: {S0: {political: 9, economic: ", "states[1].gains.S0.political",
                "between 0 and 1"},
        };
        for (String[] c : cases) {
            out.add(Arguments.of(c[0], c[1], c[2], c[3]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("mistakes")
    void anEntryWithAProblemIsReportedAtItsPathAndLine(String find, String replace, String path, String wording) {
        String text = LinearLoadingTest.world(12, 5);
        int at = find.startsWith("{between") ? text.indexOf(find) : text.indexOf(find, text.indexOf("- id: S1"));
        assertThat(at).as("'" + find + "' in the world").isPositive();
        String broken = text.substring(0, at) + replace + text.substring(at + find.length());
        int line = (int) broken.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
        assertThatThrownBy(() -> ScenarioLoader.parse(broken, "world.yaml"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .as("the problems of: " + replace)
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.line()).isEqualTo(line);
                            assertThat(p.message()).contains(wording);
                        }));
    }

    /** A distance written in block style, with its keys the other way round, is read to the same value. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void aDistanceInAnyLayoutGivesTheSameValue(long seed) throws ScenarioException {
        Random r = new Random(seed);
        String text = LinearLoadingTest.world(6, seed);
        double km = Math.round(r.nextDouble() * 2000000) / 100.0;
        String first = "  - \\{between: \\[S0, S1\\], km: [0-9.]+\\}";
        String flow = text.replaceFirst(first, "  - {between: [S0, S1], km: " + km + "}");
        String block = text.replaceFirst(first, "  - km: " + km + "\n    between: [S0, S1]");
        assertThat(block).isNotEqualTo(flow);
        assertThat(ScenarioLoader.parse(block, "w.yaml").distances().get("S0-S1")).isEqualTo(km);
        assertThat(ScenarioLoader.parse(flow, "w.yaml").distances().get("S0-S1")).isEqualTo(km);
    }
}
