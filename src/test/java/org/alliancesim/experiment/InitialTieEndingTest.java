package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancesim.TestScenarios;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A tie declared in the scenario at step 0 that then falls to none counts as ended. */
class InitialTieEndingTest {

    @Test
    void aDeclaredTieThatFallsStraightToNoneHasEnded() {
        Scenario s = TestScenarios.parse("""
                name: declared
                time: {steps: 30}
                focal: [A]
                defaultModule: identity
                parameters: {perception: {noise: 0}}
                states:
                  - {id: A, capital: {lat: 0, lon: 0}, power: {composite: 1}, identity: {x: a}}
                  - {id: B, capital: {lat: 0, lon: 10}, power: {composite: 1}, identity: {x: b}}
                ties:
                  - {between: [A, B], level: alliance}
                """);
        Replication.Result r = Replication.run(s, "identity", 0, 1, 30, List.of());
        int pair = 0;
        assertThat(r.endStep(pair)).isBetween(1, 29);
        assertThat(r.ending(pair)).isNotNull();
        Endings e = new Endings(pair);
        e.add(r);
        assertThat(e.stood()).isEqualTo(1);
    }
}
