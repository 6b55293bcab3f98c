package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.world.PerceptionParams;
import org.junit.jupiter.api.Test;

class ParamsFileTest {

    @Test
    void appliesOverTheBaseAndKeepsWhatItLeavesOut() throws ScenarioException {
        Parameters base = Parameters.DEFAULTS.withNoise(0.1);
        ParamsFile f = ParamsFile.parse("parameters:\n  balanceOfThreat:\n    threatHalf: 0.2\n", "p.yaml");
        Parameters p = f.apply(base);
        assertThat(p.balanceOfThreat().threatHalf()).isEqualTo(0.2);
        assertThat(p.balanceOfThreat().allyCapabilityWeight()).isEqualTo(base.balanceOfThreat().allyCapabilityWeight());
        assertThat(p.perception().noise()).isEqualTo(0.1);
        assertThat(p.ties()).isEqualTo(base.ties());
    }

    @Test
    void problemsNameFileLineAndField() {
        assertThatThrownBy(() -> ParamsFile.parse("parameters:\n  balanceOfThreat:\n    threatHalve: 0.2\n", "p.yaml"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems().get(0).toString())
                        .startsWith("p.yaml:3:").contains("parameters.balanceOfThreat.threatHalve")
                        .contains("did you mean 'threatHalf'"));
        assertThatThrownBy(() -> ParamsFile.parse("parameters:\n  ties: {alignment: 0.6}\n", "q.yaml"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems().toString())
                        .contains("alignment < coalition < alliance"));
        assertThatThrownBy(() -> ParamsFile.parse("parametres:\n  ties: {alignment: 0.2}\n", "r.yaml"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems().toString())
                        .contains("parameters").contains("parametres"));
    }

    @Test
    void writtenTextReadsBackToTheSameValues() throws ScenarioException {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("balanceOfThreat.threatHalf", 0.123456);
        v.put("balanceOfThreat.allyCapabilityWeight", 1.0);
        v.put("perception.noise", 0.0);
        String text = ParamsFile.text(v, List.of("a comment"));
        assertThat(text).startsWith("# a comment\nparameters:\n  balanceOfThreat:\n    threatHalf: 0.123456\n"
                + "    allyCapabilityWeight: 1.0\n  perception:\n    noise: 0.0\n");
        Parameters p = ParamsFile.parse(text, "t.yaml").apply(Parameters.DEFAULTS);
        assertThat(p.balanceOfThreat().threatHalf()).isEqualTo(0.123456);
        assertThat(p.balanceOfThreat().allyCapabilityWeight()).isEqualTo(1.0);
        assertThat(p.perception()).isEqualTo(new PerceptionParams(PerceptionParams.DEFAULTS.adjustment(), 0,
                PerceptionParams.DEFAULTS.defaultIntent(), PerceptionParams.DEFAULTS.defaultCredibility()));
    }
}
