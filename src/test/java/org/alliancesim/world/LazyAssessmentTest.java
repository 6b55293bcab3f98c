package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The on-demand assessment must give exactly the full assessment's numbers (cause attribution
 * relies on it): on seeded random worlds, after a few noisy steps, under several threat and
 * gradient settings (both forms of material threat), every derived quantity agrees for every pair.
 */
class LazyAssessmentTest {

    static Stream<Arguments> worlds() {
        ThreatParams[] threats = {ThreatParams.DEFAULTS, new ThreatParams(2, 0.5, 0, 2.5), new ThreatParams(0, 0, 0, 1),
            new ThreatParams(1, 1, 1, 1, ThreatParams.Form.CONTEST, 1), new ThreatParams(1, 2, 1, 1.5, ThreatParams.Form.CONTEST, 2.5)};
        ProximityParams[] gradients = {ProximityParams.DEFAULTS,
            new ProximityParams(ProximityParams.Gradient.LINEAR, 1500, 5000),
            new ProximityParams(ProximityParams.Gradient.NONE, 1500, 6000)};
        return IntStream.range(0, 15).mapToObj(k -> Arguments.of(3 + 4 * k, 500L + k, threats[k % 5], gradients[k / 5]));
    }

    @ParameterizedTest(name = "N={0}, seed={1}, {2}, {3}")
    @MethodSource("worlds")
    void sameNumbersAsTheFullAssessment(int n, long seed, ThreatParams threat, ProximityParams gradient) {
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        Parameters p = world.parameters();
        Parameters q = new Parameters(threat, gradient, p.power(), p.perception(), p.ties(), p.balanceOfThreat(),
                p.waltBandwagoning(), p.interests(), p.schweller(), p.balanceOfPower(), p.interdependence(),
                p.identity(), p.landscape(), AllianceParams.DEFAULTS, LearningParams.DEFAULTS);
        Scenario s = world.toScenario(5).withParameters(q);
        AllianceModel model = new AllianceModel(s, null, seed);
        model.runSteps(5);
        WorldView full = model.view();
        WorldView lazy = new LazyAssessment(model.inputs(), threat, gradient, q.power(),
                ((Assessment) model.view()).alliances());
        for (int i = 0; i < n; i++) {
            assertThat(lazy.power(i)).isEqualTo(full.power(i));
            assertThat(lazy.military(i)).isEqualTo(full.military(i));
            for (int j = 0; j < n; j++) {
                assertThat(lazy.strength(j, i)).isEqualTo(full.strength(j, i));
                assertThat(lazy.materialThreat(j, i)).isEqualTo(full.materialThreat(j, i));
                assertThat(lazy.threat(i, j)).as("threat %d-%d", i, j).isEqualTo(full.threat(i, j));
                assertThat(lazy.projection(j, i)).isEqualTo(full.projection(j, i));
                assertThat(lazy.preponderance(i, j)).isEqualTo(full.preponderance(i, j));
                assertThat(lazy.vulnerability(i, j)).isEqualTo(full.vulnerability(i, j));
                assertThat(lazy.principalThreat(i, j)).isEqualTo(full.principalThreat(i, j));
                assertThat(lazy.dominantPower(i, j)).isEqualTo(full.dominantPower(i, j));
                assertThat(lazy.threatTo(i, j, (i + j) % n)).isEqualTo(full.threatTo(i, j, (i + j) % n));
            }
            assertThat(lazy.principalThreat(i, -1)).isEqualTo(full.principalThreat(i, -1));
            assertThat(lazy.dominantPower(i, -1)).isEqualTo(full.dominantPower(i, -1));
        }
    }
}
