package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.alliancesim.TestScenarios;
import org.alliancesim.landscape.ExactEnumerator;
import org.alliancesim.landscape.Landscape;
import org.alliancesim.landscape.LocalMinimum;
import org.alliancesim.landscape.Propensities;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

/**
 * The landscape decision mode in a run: on the default scenario the blocs form and rest in a
 * local minimum of the model's own landscape; when events turn Iran against Russia and China,
 * Iran changes bloc and its tie with Russia falls; with no state using the module there are no
 * blocs.
 */
class LandscapeRunTest {

    private static int[] blocs(AllianceModel m) {
        int[] b = new int[m.scenario().states().size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = m.bloc(i);
        }
        return b;
    }

    @Test
    void onTheDefaultScenarioTheBlocsRestInALocalMinimumOfTheModelsLandscape() {
        Scenario s = TestScenarios.defaultScenario();
        AllianceModel m = new AllianceModel(s, "landscape", 1);
        m.runSteps(40);
        int irn = s.indexOf("IRN");
        int rus = s.indexOf("RUS");
        int usa = s.indexOf("USA");
        int chn = s.indexOf("CHN");
        assertThat(m.moduleName(irn)).isEqualTo("landscape");
        assertThat(blocs(m)).containsOnly(0, 1);
        assertThat(m.bloc(irn)).isEqualTo(m.bloc(rus)).isEqualTo(m.bloc(chn)).isNotEqualTo(m.bloc(usa));
        Landscape l = Propensities.landscape(m.view(), s.parameters().landscape());
        assertThat(new ExactEnumerator().enumerate(l).minima()).extracting(LocalMinimum::configuration)
                .anySatisfy(c -> {
                    for (int i = 0; i < l.actorCount(); i++) {
                        assertThat(c.apart(0, i)).isEqualTo(m.bloc(i) != m.bloc(0));
                    }
                });
        assertThat(m.desire(irn, usa)).as("across blocs").isZero();
        assertThat(m.desire(irn, rus)).as("same bloc, strong propensity").isGreaterThan(0.75);
        assertThat(m.ties().level(irn, rus)).isEqualTo(Level.COALITION);
    }

    @Test
    void whenEventsTurnIranAgainstRussiaAndChinaIranChangesBlocAndTheTieFalls() throws Exception {
        String yaml = Files.readString(TestScenarios.DEFAULT) + """

                events:
                  - {type: intent, state: IRN, partner: RUS, value: 0.9, ramp: [20, 30]}
                  - {type: intent, state: IRN, partner: USA, value: 0.0, ramp: [20, 30]}
                  - {type: delivered, state: IRN, partner: RUS, value: 0.0, ramp: [20, 30]}
                  - {type: delivered, state: RUS, partner: IRN, value: 0.0, ramp: [20, 30]}
                  - {type: intent, state: IRN, partner: CHN, value: 0.9, ramp: [20, 30]}
                  - {type: delivered, state: IRN, partner: CHN, value: 0.0, ramp: [20, 30]}
                """;
        Scenario s = TestScenarios.parse(yaml);
        int irn = s.indexOf("IRN");
        int rus = s.indexOf("RUS");
        AllianceModel m = new AllianceModel(s, "landscape", 1);
        m.start();
        for (int t = 0; t < 20; t++) {
            m.schedule.step(m);
        }
        assertThat(m.bloc(irn)).isEqualTo(m.bloc(rus));
        assertThat(m.ties().level(irn, rus)).isNotEqualTo(Level.NONE);
        for (int t = 20; t < 80; t++) {
            m.schedule.step(m);
        }
        m.finish();
        assertThat(m.bloc(irn)).isNotEqualTo(m.bloc(rus));
        assertThat(m.ties().level(irn, rus)).isEqualTo(Level.NONE);
        assertThat(m.changes()).anySatisfy(c -> {
            assertThat(c.to()).isEqualTo(Level.NONE);
            assertThat(java.util.Set.of(c.a(), c.b())).containsExactlyInAnyOrder(irn, rus);
        });
    }

    @Test
    void withoutTheLandscapeModuleThereAreNoBlocs() {
        AllianceModel m = new AllianceModel(TestScenarios.defaultScenario(), "balance-of-threat", 1);
        m.runSteps(5);
        assertThat(blocs(m)).containsOnly(-1);
    }

    @Test
    void theGlobalMinimumStartBeginsWhereTheWalkFromTogetherEnds() throws Exception {
        String yaml = Files.readString(TestScenarios.DEFAULT);
        Scenario together = TestScenarios.parse(yaml);
        Scenario global = TestScenarios.parse(yaml.replace("parameters:", "parameters:\n  landscape: {start: global-minimum}"));
        assertThat(global.parameters().landscape().start().name()).isEqualTo("GLOBAL_MINIMUM");
        AllianceModel a = new AllianceModel(together, "landscape", 1);
        AllianceModel b = new AllianceModel(global, "landscape", 1);
        a.runSteps(10);
        b.runSteps(10);
        assertThat(blocs(b)).containsExactly(blocs(a));
    }
}
