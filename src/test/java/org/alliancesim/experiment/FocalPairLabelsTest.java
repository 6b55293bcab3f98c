package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.TestScenarios;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The focal pairs' labels, the one place outputs take them from: focal state first, file order. */
class FocalPairLabelsTest {

    @Test
    void eachFocalStateWithEveryOtherStateInFileOrder() {
        Scenario s = TestScenarios.defaultScenario();
        assertThat(Replication.focalPairLabels(s)).containsExactly("IRN-RUS", "IRN-USA", "IRN-CHN");
        Replication.FocalPair first = Replication.focalPairs(s).get(0);
        assertThat(first.label(s)).isEqualTo("IRN-RUS");
    }
}
