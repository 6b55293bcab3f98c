package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.alliancesim.TestScenarios;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.junit.jupiter.api.Test;

/**
 * The order in which states are listed (and so stepped) does not change what any state decides:
 * every phase reads the previous phase's results only. Noise is off so that draws, which follow
 * the state order, do not differ.
 */
class OrderIndependenceTest {

    @Test
    void reversingTheStatesGivesTheSameDesiresAndTies() {
        Scenario s = TestScenarios.defaultScenario();
        s = s.withParameters(s.parameters().withNoise(0));
        List<StateSpec> reversed = new ArrayList<>(s.states());
        Collections.reverse(reversed);
        Scenario r = s.withStates(reversed);
        AllianceModel a = new AllianceModel(s, "balance-of-threat", 3);
        AllianceModel b = new AllianceModel(r, "balance-of-threat", 3);
        a.runSteps(40);
        b.runSteps(40);
        for (StateSpec x : s.states()) {
            for (StateSpec y : s.states()) {
                int ai = s.indexOf(x.id());
                int aj = s.indexOf(y.id());
                int bi = r.indexOf(x.id());
                int bj = r.indexOf(y.id());
                assertThat(b.desire(bi, bj)).as(x.id() + "->" + y.id()).isCloseTo(a.desire(ai, aj),
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(b.ties().level(bi, bj)).isEqualTo(a.ties().level(ai, aj));
            }
        }
    }
}
