package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.TestScenarios;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the default Iran–Russia scenario must show (issue 2, points 1 to 3). */
class DefaultScenarioTest {
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int IRN = S.indexOf("IRN");
    private static final int RUS = S.indexOf("RUS");
    private static final int USA = S.indexOf("USA");

    /** Runs the scenario and checks a condition at every step from the given one on. */
    private static AllianceModel run(String theory, long seed, Recorder check) {
        AllianceModel m = new AllianceModel(S, theory, seed);
        m.addRecorder(check);
        m.runSteps(S.time().steps());
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"balance-of-threat", "schweller-bandwagoning"})
    void paperTheoriesFormACoalitionWithRussiaThatHolds(String theory) {
        for (long seed = 1; seed <= 5; seed++) {
            int[] reachedAt = {-1};
            AllianceModel m = run(theory, seed, (mm, step) -> {
                if (reachedAt[0] < 0 && mm.ties().level(IRN, RUS).compareTo(Level.COALITION) >= 0) {
                    reachedAt[0] = step;
                }
                if (reachedAt[0] >= 0) {
                    assertThat(mm.ties().level(IRN, RUS)).as("step %d", step).isGreaterThanOrEqualTo(Level.COALITION);
                }
            });
            assertThat(reachedAt[0]).as("the tie reaches coalition").isBetween(0, 20);
            assertThat(m.ties().level(IRN, RUS)).isGreaterThanOrEqualTo(Level.COALITION);
        }
    }

    private static double factor(AllianceModel m, int i, int j, String name) {
        return m.module(i).explain(m.view(), i, j).factors().stream().filter(f -> f.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no factor '" + name + "'")).value();
    }

    @Test
    void russiaReasonsItsOwnStanceTowardIranFromItsRivalWithTheUs() {
        AllianceModel m = new AllianceModel(S, "balance-of-threat", 3);
        m.runSteps(40);
        assertThat(m.module(RUS).name()).isEqualTo("balance-of-threat");
        assertThat(m.view().principalThreat(RUS, IRN)).isEqualTo(USA);
        // Demand: Russia needs help against the US and Iran fears the US too.
        assertThat(factor(m, RUS, IRN, "demand: security from partner")).isGreaterThan(0.3);
        // Supply: Iran is worth denying to the US, which threatens it.
        assertThat(factor(m, RUS, IRN, "supply: denying USA the partner")).isGreaterThan(0.5);
        // Without a rival Russia has no reason to want Iran: the same world with Russia reading no
        // aggressive intent in the US (and no one else) gives it none.
        var calm = new org.alliancesim.world.WorldInputs(m.controls().inputs());
        for (int k = 0; k < calm.size(); k++) {
            calm.setIntent(RUS, k, 0);
        }
        var p = S.parameters();
        var view = new org.alliancesim.world.Assessment(calm, p.threat(), p.proximity(), p.power(), p.alliances());
        view.recompute(m.ties());
        assertThat(m.module(RUS).desire(view, RUS, IRN)).isZero();
    }

    @Test
    void russiaThreatensIranAtMostATenthAsMuchAsTheUsDespiteMaterialSources() {
        run("balance-of-threat", 7, (m, step) -> {
            var v = m.view();
            assertThat(v.threat(IRN, RUS)).as("step %d", step).isLessThanOrEqualTo(0.1 * v.threat(IRN, USA));
            // Russia has the material sources: it is near, powerful relative to Iran and can strike it.
            assertThat(v.materialThreat(RUS, IRN)).isGreaterThan(0.5);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"balance-of-power", "interdependence", "identity"})
    void rivalTheoriesDoNotAlignIranWithRussia(String theory) {
        for (long seed = 1; seed <= 5; seed++) {
            run(theory, seed, (m, step) -> assertThat(m.ties().level(IRN, RUS)).as("step %d", step).isEqualTo(Level.NONE));
        }
    }

    @Test
    void replicationsDifferButTheTieIsRobustAcrossThem() {
        java.util.Set<Double> desires = new java.util.HashSet<>();
        for (long seed = 100; seed < 110; seed++) {
            AllianceModel m = new AllianceModel(S, "balance-of-threat", seed);
            m.runSteps(60);
            desires.add(m.desire(IRN, RUS));
            assertThat(m.ties().level(IRN, RUS)).isEqualTo(Level.COALITION);
        }
        assertThat(desires).as("perception noise makes replications differ").hasSizeGreaterThan(5);
    }
}
