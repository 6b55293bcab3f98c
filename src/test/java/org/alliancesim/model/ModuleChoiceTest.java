package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancesim.TestScenarios;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Which module each state uses, without a model. */
class ModuleChoiceTest {
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int IRN = S.indexOf("IRN");
    private static final int USA = S.indexOf("USA");

    @Test
    void theFocalTheoryCoversTheFocalStatesOnly() {
        ModuleChoice choice = new ModuleChoice(S, "identity");
        assertThat(S.focal()).contains("IRN").doesNotContain("USA");
        assertThat(choice.name(IRN)).isEqualTo("identity");
        assertThat(choice.name(USA)).isEqualTo(new ModuleChoice(S, null).name(USA)).isNotEqualTo("identity");
    }

    @Test
    void aChoiceMadeDuringTheRunComesFirst() {
        ModuleChoice choice = new ModuleChoice(S, "identity");
        choice.choose(IRN, "balance-of-power");
        DecisionModule[] modules = choice.create(S.parameters().theories());
        assertThat(choice.name(IRN)).isEqualTo("balance-of-power");
        assertThat(modules[IRN].name()).isEqualTo("balance-of-power");
        assertThat(ModuleChoice.anyLandscape(modules)).isFalse();
        choice.choose(USA, "landscape");
        assertThat(ModuleChoice.anyLandscape(choice.create(S.parameters().theories()))).isTrue();
        assertThatThrownBy(() -> choice.choose(IRN, "no-such-theory")).isInstanceOf(IllegalArgumentException.class);
        assertThat(choice.name(IRN)).isEqualTo("balance-of-power");
    }
}
