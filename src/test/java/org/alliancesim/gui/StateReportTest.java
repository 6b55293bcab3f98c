package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.TestScenarios;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** What a state's inspector says, read against the model it reports on. */
class StateReportTest {
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int IRN = S.indexOf("IRN");
    private static final int RUS = S.indexOf("RUS");
    private static final int USA = S.indexOf("USA");

    private static AllianceModel after(String theory, int steps) {
        AllianceModel m = new AllianceModel(S, theory, 5);
        m.start();
        for (int t = 0; t < steps; t++) {
            m.schedule.step(m);
        }
        return m;
    }

    @Test
    void reportsPowerIntentsDesiresAndTheFactorsBehindEachDesire() {
        AllianceModel m = after("balance-of-threat", 30);
        String html = StateReport.html(m, IRN);

        assertThat(html).contains("<h2 style='margin:2px'>Iran</h2>").contains("balance-of-threat")
                .contains("Aggregate power: <b>" + StateReport.f(m.view().power(IRN)) + "</b>")
                .contains("<td>Russia</td><td>coalition " + StateReport.f(m.ties().commitment(IRN, RUS)) + "</td><td>"
                        + StateReport.f(m.desire(IRN, RUS)) + "</td><td>" + StateReport.f(m.desire(RUS, IRN)) + "</td><td>"
                        + StateReport.f(m.view().intent(IRN, RUS)) + "</td>")
                .contains("Why Iran's desire toward Russia is " + StateReport.f(m.desire(IRN, RUS)))
                .contains("threat from USA: " + StateReport.f(m.view().threat(IRN, USA)))
                .contains("partner not itself a threat");
    }

    @Test
    void followsAModuleSwitchedMidRun() {
        AllianceModel m = after("balance-of-threat", 10);
        m.controls().setModule(IRN, "schweller-bandwagoning");
        m.schedule.step(m);
        String html = StateReport.html(m, IRN);
        assertThat(html).contains("Decision module: <b>schweller-bandwagoning</b>").contains("expected gains")
                .doesNotContain("partner not itself a threat");
    }

    @Test
    void namesTheRulingFactionWhenTheScenarioHasOne() {
        AllianceModel m = after("balance-of-threat", 1);
        assertThat(StateReport.html(m, IRN)).contains("Ruling faction: principlist");
        assertThat(StateReport.html(m, RUS)).doesNotContain("Ruling faction");
    }
}
