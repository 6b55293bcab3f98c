package org.alliancesim.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.LazyAssessment;
import org.alliancesim.world.WorldView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Balance of threat's row of desires (whole rows of the view, the formulas once per pair) is its
 * desires one by one, bit for bit, under each reading it offers (the partner's or the observer's
 * view of the shared threat, the ally's capability counted or not, the supply side on or off), on
 * seeded random worlds run a few noisy steps so that ties stand, on the kept assessment and on the
 * on-demand one.
 */
class BalanceOfThreatRowsTest {

    static final BalanceOfThreat.Params[] READINGS = {
        BalanceOfThreat.Params.DEFAULTS,
        BalanceOfThreat.Params.DEFAULTS.capable(),
        new BalanceOfThreat.Params(0.05, 0.5, BalanceOfThreat.SharedBy.OBSERVER, 1, 1, 2, 0.5),
        new BalanceOfThreat.Params(0.2, 0, BalanceOfThreat.SharedBy.PARTNER, 0, 1, 1, 1),
    };

    static Stream<Arguments> worlds() {
        return IntStream.range(0, 8).mapToObj(k -> Arguments.of(5 + 8 * k, 700L + k, READINGS[k % READINGS.length]));
    }

    @ParameterizedTest(name = "N={0}, seed={1}, {2}")
    @MethodSource("worlds")
    void aRowIsTheDesiresOneByOne(int n, long seed, BalanceOfThreat.Params reading) {
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        AllianceModel model = new AllianceModel(world.toScenario(6), null, seed);
        model.runSteps(6);
        Parameters p = model.scenario().parameters();
        Assessment full = (Assessment) model.view();
        WorldView lazy = new LazyAssessment(model.inputs(), p.threat(), p.proximity(), p.power(), full.alliances());
        DecisionModule m = new BalanceOfThreat(reading);
        double[] row = new double[n];
        for (WorldView w : new WorldView[] {full, lazy}) {
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(row, -1);
                m.desires(w, i, row);
                for (int j = 0; j < n; j++) {
                    assertThat(row[j]).as("%s %d->%d", w.getClass().getSimpleName(), i, j)
                            .isEqualTo(i == j ? 0 : m.desire(w, i, j));
                }
            }
        }
    }
}
