package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancesim.TestScenarios;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The model methods the GUI's live controls use: each changes the run from the next step on. */
class LiveControlsTest {
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int IRN = S.indexOf("IRN");
    private static final int RUS = S.indexOf("RUS");
    private static final int USA = S.indexOf("USA");

    private static AllianceModel startedAfter(int steps) {
        AllianceModel m = new AllianceModel(S, "balance-of-threat", 3);
        m.start();
        for (int t = 0; t < steps; t++) {
            m.schedule.step(m);
        }
        return m;
    }

    @Test
    void switchingTheFocalModuleMidRunKeepsTheTieAndChangesTheNextDecision() {
        AllianceModel m = startedAfter(30);
        double tie = m.ties().commitment(IRN, RUS);
        double desireUnderWalt = m.desire(IRN, RUS);

        m.controls().setModule(IRN, "balance-of-power");

        assertThat(m.moduleName(IRN)).isEqualTo("balance-of-power");
        assertThat(m.module(IRN).name()).isEqualTo("balance-of-power");
        assertThat(m.ties().commitment(IRN, RUS)).as("the tie is kept").isEqualTo(tie);
        m.schedule.step(m);
        assertThat(m.desire(IRN, RUS)).as("Waltz: balance against, not with, the near great power")
                .isLessThan(desireUnderWalt - 0.2);
    }

    @Test
    void aSwitchedModuleSurvivesNewParametersButNotARestart() {
        AllianceModel m = startedAfter(2);
        m.controls().setModule(IRN, "identity");
        m.controls().applyParameters(m.scenario().parameters());
        assertThat(m.module(IRN).name()).isEqualTo("identity");
        m.start();
        assertThat(m.moduleName(IRN)).isEqualTo("balance-of-threat");
    }

    @Test
    void anUnknownModuleIsRefused() {
        AllianceModel m = startedAfter(1);
        assertThatThrownBy(() -> m.controls().setModule(IRN, "no-such-theory")).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.moduleName(IRN)).isEqualTo("balance-of-threat");
    }

    @Test
    void installingAFactionSetsWhatItsElitesPerceive() {
        AllianceModel m = startedAfter(5);
        m.controls().installRegime(IRN, "westward");
        assertThat(m.regime(IRN)).isEqualTo("westward");
        assertThat(m.controls().intentSignal(IRN, USA)).isEqualTo(0.25);
        assertThat(m.inputs().credibility(IRN, RUS)).isEqualTo(0.3);
        m.controls().installRegime(IRN, "principlist");
        assertThat(m.controls().intentSignal(IRN, USA)).as("the state's own values return").isGreaterThan(0.8);
        assertThatThrownBy(() -> m.controls().installRegime(IRN, "nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perceivedDeliveryFollowsTheDeliveredSignal() {
        AllianceModel m = startedAfter(1);
        double before = m.inputs().delivered(IRN, RUS);
        m.controls().setDeliveredSignal(IRN, RUS, 0.1);
        assertThat(m.controls().deliveredSignal(IRN, RUS)).isEqualTo(0.1);
        for (int t = 0; t < 20; t++) {
            m.schedule.step(m);
        }
        assertThat(m.inputs().delivered(IRN, RUS)).isLessThan(before).isLessThan(0.5);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.alliancesim.decision.Theories#names")
    void everyTheoryCanBeSwitchedToMidRun(String theory) {
        AllianceModel m = startedAfter(10);
        m.controls().setModule(IRN, theory);
        for (int t = 0; t < 5; t++) {
            m.schedule.step(m);
        }
        assertThat(m.module(IRN).name()).isEqualTo(theory);
        assertThat(m.desire(IRN, RUS)).isBetween(0.0, 1.0);
    }
}
