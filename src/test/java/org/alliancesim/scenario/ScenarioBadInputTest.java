package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad scenario text the issue lists, one mistake at a time, each checked for the
 * file, line, column, field path and wording of its problem. Files on disk (binary, non-UTF-8,
 * folders, missing paths) are in {@link ScenarioFileInputTest}; hostile YAML in
 * {@link HostileYamlTest}.
 */
class ScenarioBadInputTest {

    /**
     * One mistake: the text, the line the problem must be reported on, a marker whose position on
     * that line is the expected column (null: column not checked), the field path and a fragment
     * of the message.
     */
    record Bad(String label, String text, int line, String columnAt, String path, String says) {
        @Override
        public String toString() {
            return label;
        }

        int column() {
            return columnAt == null ? 0 : text.lines().toList().get(line - 1).indexOf(columnAt) + 1;
        }
    }

    private static Bad bad(String label, String find, String replace, int line, String columnAt, String path,
                           String says) {
        return new Bad(label, MiniScenario.with(find, replace), line, columnAt, path, says);
    }

    static Stream<Bad> mistakes() {
        String m = MiniScenario.TEXT;
        return Stream.of(
                // YAML syntax and truncation
                new Bad("truncated inside a flow mapping", m.substring(0, m.indexOf("lon: 20}")), 6, null, "",
                        "not valid YAML"),
                new Bad("truncated after a key", m.substring(0, m.indexOf("{lat: -10")), 13, "id", "states[2].capital",
                        "missing required field 'capital'"),
                bad("bad indentation", "    capital: {lat: 10, lon: 20}", "     capital: {lat: 10, lon: 20}", 6, null,
                        "", "not valid YAML"),
                bad("unclosed quote", "name: mini", "name: \"mini", 24, null, "", "began on line 1, column 7"),
                bad("tab indentation", "    power: {military: 5, economy: 10}", "\tpower: {military: 5, economy: 10}",
                        7, null, "", "not valid YAML"),
                bad("duplicate key", "    trade: {BBB: 0.2}", "    trade: {BBB: 0.2}\n    trade: {BBB: 0.1}", 10,
                        "trade", "states[0].trade", "duplicate key 'trade' (first given on line 9)"),
                new Bad("top level is a list", "- AAA\n- BBB\n", 1, "-", "", "expected a mapping"),
                new Bad("top level is a word", "hello\n", 1, "hello", "", "expected a mapping"),
                new Bad("comments only", "# nothing here\n", 1, null, "", "holds no YAML document"),
                bad("a name that climbs out of results/", "name: mini", "name: ../../etc", 1, "../", "name",
                        "cannot name a results folder"),
                bad("a name with a slash", "name: mini", "name: a/b", 1, "a/b", "name", "cannot name a results folder"),
                // unknown keys, with the nearest valid key suggested
                bad("intnet inside a state", "perceives: {BBB: 0.5}", "intnet: {BBB: 0.5}", 8, "intnet",
                        "states[0].intnet", "unknown field 'intnet'; did you mean 'perceives'?"),
                bad("typo in parameters", "intentExponent: 1", "intentExponet: 1", 23, "intentExponet",
                        "parameters.threat.intentExponet", "did you mean 'intentExponent'?"),
                bad("unknown parameter group", "  threat: {", "  threats: {", 23, "threats", "parameters.threats",
                        "did you mean 'threat'?"),
                bad("typo at the top", "name: mini", "name: mini\ndescripton: x", 2, "descripton", "descripton",
                        "did you mean 'description'?"),
                bad("typo in capital", "{lat: 10, lon: 20}", "{latitude: 10, lon: 20}", 6, "latitude",
                        "states[0].capital.latitude", "did you mean 'lat'?"),
                bad("typo in time", "steps: 20}", "stpes: 20}", 2, "stpes", "time.stpes", "did you mean 'steps'?"),
                bad("typo in a tie", "level: alignment", "levle: alignment", 17, "levle", "ties[0].levle",
                        "did you mean 'level'?"),
                bad("typo in an event", "partner: BBB", "partnr: BBB", 21, "partnr", "events[0].partnr",
                        "did you mean 'partner'?"),
                bad("typo in a power component", "economy: 10", "econmy: 10", 7, "econmy", "states[0].power.econmy",
                        "did you mean 'economy'?"),
                bad("typo in a module name", "  - id: BBB", "  - id: BBB\n    module: balance-of-thret", 11,
                        "balance-of-thret", "states[1].module", "did you mean 'balance-of-threat'?"),
                bad("typo in a level", "level: alignment", "level: alignmnet", 17, "alignmnet", "ties[0].level",
                        "did you mean 'alignment'?"),
                bad("typo in an event type", "type: intent", "type: intnet", 21, "intnet", "events[0].type",
                        "did you mean 'intent'?"),
                // missing required fields
                bad("no name", "name: mini\n", "", 1, "time", "name", "missing required field 'name'"),
                bad("no id", "  - id: CCC\n    capital", "  - capital", 13, "capital", "states[2].id",
                        "missing required field 'id'"),
                bad("no capital", "    capital: {lat: 30, lon: 40}\n", "", 10, "id", "states[1].capital",
                        "missing required field 'capital'"),
                bad("no power", "    power: {military: 1, economy: 2}\n", "", 13, "id", "states[2].power",
                        "missing required field 'power'"),
                bad("no latitude", "{lat: 10, lon: 20}", "{lon: 20}", 6, "{", "states[0].capital.lat",
                        "missing required field 'lat'"),
                bad("no states", "states:", "states_gone:", 4, "states_gone", "states_gone", "unknown field"),
                bad("event without value", "value: 0.9, ", "", 21, "{", "events[0].value",
                        "missing required field 'value'"),
                bad("event without step or ramp", ", step: 5}", "}", 21, "{", "events[0].step",
                        "missing 'step: S'"),
                bad("empty power", "{military: 1, economy: 2}", "{}", 15, "{}", "states[2].power",
                        "give at least one of"),
                // wrong shapes
                new Bad("states is a number", "name: x\nstates: 5\n", 2, "5", "states", "expected a list, found '5'"),
                bad("focal is a word", "focal: [AAA]", "focal: AAA", 3, "AAA", "focal", "expected a list"),
                bad("capital is a list", "{lat: 30, lon: 40}", "[30, 40]", 11, "[", "states[1].capital",
                        "expected a mapping"),
                bad("power component is a list", "military: 5,", "military: [5],", 7, "[5]", "states[0].power.military",
                        "expected a number"),
                bad("perceives is a number", "perceives: {BBB: 0.5}", "perceives: 0.5", 8, "0.5", "states[0].perceives",
                        "expected a mapping"),
                bad("steps is a word", "steps: 20}", "steps: twenty}", 2, "twenty", "time.steps", "expected a number"),
                bad("between is a word", "between: [AAA, BBB]", "between: AAA", 17, "AAA,", "ties[0].between",
                        "expected a list"),
                bad("tie between three states", "[AAA, BBB]", "[AAA, BBB, CCC]", 17, "[AAA", "ties[0].between",
                        "expected exactly two state ids"),
                bad("a state that is a list", "  - id: CCC", "  - [CCC]\n  - id: CCC", 13, "[", "states[2]",
                        "expected a mapping"),
                bad("a boolean where a number goes", "km: 5000", "km: yes", 19, "yes", "distances[0].km",
                        "expected a number"),
                // out of range
                bad("negative power", "military: 3,", "military: -3,", 12, "-3", "states[1].power.military",
                        "expected a number of at least 0, found -3"),
                bad("negative distance", "km: 5000", "km: -5000", 19, "-5000", "distances[0].km",
                        "between 0 and 40100"),
                bad("intent above 1", "{BBB: 0.5}", "{BBB: 1.5}", 8, "1.5", "states[0].perceives.BBB",
                        "between 0 and 1, found 1.5"),
                bad("intent below 0", "{BBB: 0.5}", "{BBB: -0.1}", 8, "-0.1", "states[0].perceives.BBB",
                        "between 0 and 1"),
                bad("trade share above 1", "{BBB: 0.2}", "{BBB: 1.2}", 9, "1.2", "states[0].trade.BBB",
                        "between 0 and 1"),
                bad("trade shares sum above 1", "{BBB: 0.2}", "{BBB: 0.7, CCC: 0.6}", 9, "trade", "states[0].trade",
                        "add up to 1.3"),
                bad("offense above 1", "  - id: BBB", "  - id: BBB\n    offense: 2", 11, "2", "states[1].offense",
                        "between 0 and 1"),
                bad("latitude above 90", "{lat: 10,", "{lat: 91,", 6, "91", "states[0].capital.lat",
                        "between -90 and 90"),
                bad("latitude below -90", "{lat: -10,", "{lat: -95,", 14, "-95", "states[2].capital.lat",
                        "between -90 and 90"),
                bad("longitude above 180", "lon: 100}", "lon: 200}", 14, "200", "states[2].capital.lon",
                        "between -180 and 180"),
                bad("NaN power", "economy: 10}", "economy: .nan}", 7, ".nan", "states[0].power.economy",
                        "finite number"),
                bad("infinite power", "economy: 8}", "economy: .inf}", 12, ".inf", "states[1].power.economy",
                        "finite number"),
                bad("minus infinity intent", "{BBB: 0.5}", "{BBB: -.Inf}", 8, "-.Inf", "states[0].perceives.BBB",
                        "finite number"),
                bad("NaN parameter", "intentExponent: 1", "intentExponent: .NaN", 23, ".NaN",
                        "parameters.threat.intentExponent", "finite number"),
                bad("hexadecimal number", "km: 5000", "km: 0x1388", 19, "0x1388", "distances[0].km",
                        "expected a plain decimal number between 0 and 40100, found 0x1388"),
                bad("sexagesimal number", "km: 5000", "km: 1:30", 19, "1:30", "distances[0].km",
                        "expected a plain decimal number"),
                bad("zero steps", "steps: 20}", "steps: 0}", 2, "0}", "time.steps", "between 1 and"),
                bad("negative steps", "steps: 20}", "steps: -3}", 2, "-3", "time.steps", "between 1 and"),
                bad("fractional steps", "steps: 20}", "steps: 2.5}", 2, "2.5", "time.steps", "whole number"),
                bad("event value above 1", "value: 0.9", "value: 1.2", 21, "1.2", "events[0].value", "between 0 and 1"),
                bad("parameter out of its range", "intentExponent: 1", "intentExponent: 0", 23, "0}",
                        "parameters.threat.intentExponent", "between 0.1 and 5"),
                bad("tie thresholds not rising", "  threat: {intentExponent: 1}",
                        "  threat: {intentExponent: 1}\n  ties: {alignment: 0.8, coalition: 0.5}", 24, "ties",
                        "parameters.ties", "thresholds must rise"),
                bad("threat weights all zero", "threat: {intentExponent: 1}",
                        "threat: {power: 0, proximity: 0, offense: 0}", 23, "threat", "parameters.threat",
                        "cannot all be 0"),
                bad("typo in a power weight", "  threat: {intentExponent: 1}",
                        "  threat: {intentExponent: 1}\n  power: {weights: {militray: 2}}", 24, "militray",
                        "parameters.power.weights.militray", "did you mean 'military'?"),
                // references and consistency
                bad("unknown state in perceives", "{BBB: 0.5}", "{BBX: 0.5}", 8, "BBX", "states[0].perceives.BBX",
                        "unknown state 'BBX'; did you mean 'BBB'?"),
                bad("unknown focal state", "focal: [AAA]", "focal: [ZZZ]", 3, "ZZZ", "focal[0]",
                        "unknown state 'ZZZ'; states are AAA, BBB, CCC"),
                bad("unknown state in a tie", "[AAA, BBB]", "[AAA, QQQ]", 17, "QQQ", "ties[0].between[1]",
                        "unknown state 'QQQ'"),
                bad("unknown event state", "state: AAA", "state: AAB", 21, "AAB", "events[0].state",
                        "did you mean 'AAA'?"),
                bad("duplicate state id", "  - id: CCC", "  - id: BBB", 13, "id", "states[2].id",
                        "duplicate state id 'BBB' (first declared on line 10)"),
                bad("state tied to itself", "[AAA, BBB]", "[AAA, AAA]", 17, "[AAA", "ties[0].between",
                        "cannot be tied to itself"),
                bad("tie listed twice", "  - {between: [AAA, BBB], level: alignment}",
                        "  - {between: [AAA, BBB], level: alignment}\n  - {between: [BBB, AAA]}", 18, "[BBB",
                        "ties[1].between", "listed twice"),
                bad("state perceiving itself", "{BBB: 0.5}", "{AAA: 0.5}", 8, "AAA", "states[0].perceives.AAA",
                        "cannot name itself"),
                bad("state trading with itself", "trade: {BBB: 0.2}", "trade: {AAA: 0.2}", 9, "AAA",
                        "states[0].trade.AAA", "cannot name itself"),
                bad("event partner is the state", "partner: BBB", "partner: AAA", 21, "AAA, value", "events[0].partner",
                        "cannot name itself"),
                bad("distance to itself", "[AAA, CCC]", "[CCC, CCC]", 19, "[CCC", "distances[0].between",
                        "two different states"),
                bad("event at the last step plus one", "step: 5}", "step: 20}", 21, "20", "events[0].step",
                        "outside the run (0 to 19)"),
                bad("event at a negative step", "step: 5}", "step: -1}", 21, "-1", "events[0].step",
                        "between 0 and"),
                bad("ramp past the run", "step: 5}", "ramp: [5, 20]}", 21, "[5", "events[0].ramp",
                        "outside the run (0 to 19)"),
                bad("ramp backwards", "step: 5}", "ramp: [9, 4]}", 21, "[9", "events[0].ramp", "before it starts"),
                bad("ramp with a fractional step", "step: 5}", "ramp: [2.5, 4]}", 21, "2.5", "events[0].ramp[0]",
                        "whole number"),
                bad("both step and ramp", "step: 5}", "step: 5, ramp: [1, 3]}", 21, "[1", "events[0].ramp",
                        "one of step, at or ramp"),
                bad("regime naming no faction", "  - id: BBB", "  - id: BBB\n    regime: hawks", 11, "hawks",
                        "states[1].regime", "no faction named 'hawks'"),
                bad("different power components", "{military: 1, economy: 2}", "{composite: 3}", 15, "power",
                        "states[2].power", "same power components"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWithFileLineColumnPathAndWording(Bad b) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse(b.text(), MiniScenario.FILE));
        assertThat(e).as("%s must be refused", b.label()).isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(MiniScenario.FILE));
        assertThat(e.problems())
                .as("problems were: %s", e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.message()).contains(b.says());
                    assertThat(p.line()).isEqualTo(b.line());
                    assertThat(p.path()).isEqualTo(b.path());
                    if (b.columnAt() != null) {
                        assertThat(p.column()).isEqualTo(b.column());
                    }
                });
        Problem first = e.problems().get(0);
        assertThat(first.toString()).startsWith(MiniScenario.FILE + ":");
    }

    @Test
    void theMiniScenarioItselfLoads() {
        assertThatCode(() -> ScenarioLoader.parse(MiniScenario.TEXT, MiniScenario.FILE)).doesNotThrowAnyException();
    }

    @Test
    void everyProblemOfAFileWithSeveralMistakesIsReportedInFileOrder() throws Exception {
        String text = MiniScenario.TEXT
                .replace("steps: 20}", "steps: 0}")
                .replace("perceives: {BBB: 0.5}", "intnet: {BBB: 0.5}")
                .replace("{lat: 30, lon: 40}", "{lat: 130, lon: 40}")
                .replace("[AAA, BBB]", "[AAA, AAA]")
                .replace("km: 5000", "km: -1")
                .replace("intentExponent: 1", "intentExponet: 1");
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse(text, MiniScenario.FILE));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("time.steps", "states[0].intnet",
                "states[1].capital.lat", "ties[0].between", "distances[0].km", "parameters.threat.intentExponet");
        assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 8, 11, 17, 19, 23);
        assertThat(e.getMessage().lines().toList()).hasSize(6);
    }

    @Test
    void suggestionsComeOnlyWhenSomethingIsClose() {
        assertThat(Suggest.nearest("intnet", List.of("perceives", "id"))).isEqualTo("perceives");
        assertThat(Suggest.nearest("intnet", List.of("id", "name"))).isNull();
        assertThat(Suggest.nearest("xyzzy", List.of("name", "time", "states"))).isNull();
        assertThat(Suggest.nearest("stats", List.of("name", "time", "states"))).isEqualTo("states");
    }
}
