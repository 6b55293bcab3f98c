package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid events are errors naming the file, the line and the field (docs/events.md). */
class EventErrorsTest {
    private static final String FILE = "bad-events.yaml";
    private static final String HEAD = """
            name: bad-events
            time: {start: 2000, unit: year, steps: 20}
            states:
              - id: A
                capital: {lat: 30, lon: 50}
                power: {economy: 100, military: 10}
                factions: {old: {}}
              - id: B
                capital: {lat: 50, lon: 40}
                power: {economy: 200, military: 30}
            events:
              - {type: trade, state: A, partner: B, value: 0.2, step: 1}
            """;
    /** The line of the event under test (the last line of the text). */
    private static final int LINE = 13;

    private static Problem onlyProblem(String event) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse(HEAD + "  - " + event + "\n", FILE));
        assertThat(e).as("no error for %s", event).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown state               | {type: intent, state: XX, partner: B, value: 0.5, step: 3}          | events[1].state   | XX
            unknown partner             | {type: credibility, state: A, partner: ZZ, value: 0.5, step: 3}     | events[1].partner | ZZ
            step after the run          | {type: intent, state: A, partner: B, value: 0.5, step: 20}          | events[1].step    | outside the run
            negative step               | {type: intent, state: A, partner: B, value: 0.5, step: -1}          | events[1].step    | -1
            ramp ends before it starts  | {type: reach, state: A, value: 2, ramp: [10, 4]}                    | events[1].ramp    | before it starts
            ramp of zero length         | {type: reach, state: A, value: 2, ramp: [6, 6]}                     | events[1].ramp    | before it starts
            ramp ends after the run     | {type: reach, state: A, value: 2, ramp: [10, 40]}                   | events[1].ramp    | outside the run
            both step and ramp          | {type: reach, state: A, value: 2, step: 3, ramp: [4, 8]}            | events[1].ramp    | not several
            neither step nor ramp       | {type: reach, state: A, value: 2}                                   | events[1].step    | missing
            unknown type                | {type: weather, state: A, value: 2, step: 3}                        | events[1].type    | weather
            intent out of range         | {type: intent, state: A, partner: B, value: 1.5, step: 3}           | events[1].value   | 1.5
            intent without a partner    | {type: intent, state: A, value: 0.5, step: 3}                       | events[1].partner | missing
            partner is the state        | {type: trade, state: A, partner: A, value: 0.5, step: 3}            | events[1].partner | itself
            power without scale         | {type: power, state: A, component: military, step: 3}               | events[1].scale   | missing
            power of a missing component| {type: power, state: A, component: population, scale: 2, step: 3}   | events[1].component | population
            unknown gains channel       | {type: gains, state: A, partner: B, channel: cultural, value: 0.5, step: 3} | events[1].channel | cultural
            unknown faction             | {type: regime, state: A, faction: junta, step: 3}                   | events[1].faction | junta
            misspelt field              | {type: reach, state: A, value: 2, step: 3, scael: 2}                | events[1].scael   | scael
            """)
    void anInvalidEventNamesFileLineAndField(String label, String event, String path, String inMessage) {
        Problem p = onlyProblem(event);
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).isEqualTo(LINE);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.toString()).contains(inMessage);
    }

    @Test
    void aValidEventLoadsWithItsWindowAndLine() throws Exception {
        Scenario s = ScenarioLoader.parse(HEAD + "  - {type: reach, state: B, value: 2, ramp: [4, 9]}\n", FILE);
        EventSpec e = s.events().get(1);
        assertThat(e.type()).isEqualTo(EventSpec.Type.REACH);
        assertThat(e.rampStart()).isEqualTo(4);
        assertThat(e.rampEnd()).isEqualTo(9);
        assertThat(e.isJump()).isFalse();
        assertThat(e.line()).isEqualTo(LINE);
        assertThat(e.progress(3)).isZero();
        assertThat(e.progress(6)).isEqualTo(0.4);
        assertThat(e.progress(9)).isEqualTo(1);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(HEAD
                + "  - {type: intent, state: XX, partner: B, value: 0.5, step: 3}\n"
                + "  - {type: reach, state: A, value: 2, ramp: [10, 4]}\n", FILE));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("events[1].state", "events[2].ramp");
        assertThat(e.problems()).extracting(Problem::line).containsExactly(LINE, LINE + 1);
    }
}
