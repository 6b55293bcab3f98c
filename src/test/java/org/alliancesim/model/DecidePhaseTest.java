package org.alliancesim.model;

import static org.alliancesim.model.HandWorld.A;
import static org.alliancesim.model.HandWorld.B;
import static org.alliancesim.model.HandWorld.C;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.decision.DecisionModule;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;

/** The decide phase on a hand-built world, run without a schedule. */
class DecidePhaseTest {

    @Test
    void eachStateWritesOnlyItsOwnRowWithItsOwnModule() {
        WorldInputs w = HandWorld.inputs();
        w.setTrade(A, B, 0.7);
        w.setTrade(B, A, 0.4);
        w.setTrade(C, A, 0.9);
        Assessment view = HandWorld.assess(w);
        DecisionModule walt = Theories.byName("balance-of-threat").create(Parameters.DEFAULTS.theories());
        DecidePhase phase = new DecidePhase(3);
        phase.use(view, new DecisionModule[] {HandWorld.trader(), HandWorld.trader(), walt});

        phase.decide(A);

        assertThat(phase.desire()[A]).containsExactly(0, 0.7, 0);
        assertThat(phase.desire()[B]).as("not decided yet").containsExactly(0, 0, 0);
        phase.decide(C);
        assertThat(phase.desire()[C][A]).isEqualTo(walt.desire(view, C, A));
        assertThat(phase.desire()[C][C]).isZero();
    }

    @Test
    void theOrderOfTheStatesDoesNotMatter() {
        WorldInputs w = HandWorld.inputs();
        w.setIntent(A, C, 0.9);
        w.setIntent(B, C, 0.7);
        Assessment view = HandWorld.assess(w);
        DecisionModule walt = Theories.byName("balance-of-threat").create(Parameters.DEFAULTS.theories());
        DecidePhase forward = new DecidePhase(3);
        DecidePhase backward = new DecidePhase(3);
        DecisionModule[] modules = {walt, walt, walt};
        forward.use(view, modules);
        backward.use(view, modules);
        for (int i = 0; i < 3; i++) {
            forward.decide(i);
            backward.decide(2 - i);
        }
        assertThat(forward.desire()).isDeepEqualTo(backward.desire());
        assertThat(forward.desire()[A][B]).isPositive();
    }
}
