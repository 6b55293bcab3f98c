package org.alliancesim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.alliancesim.landscape.Propensities;
import org.alliancesim.landscape.PropensityParams;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.RandomInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LandscapeModule} keeps the decision-module contract, with blocs off and with random
 * blocs, and wants ties only inside its bloc.
 */
class LandscapeModuleContractTest extends DecisionModuleContract {
    private static final LandscapeModule MODULE = new LandscapeModule(PropensityParams.DEFAULTS);

    @Override
    protected DecisionModule module() {
        return MODULE;
    }

    static Stream<Long> worlds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    private static Assessment withRandomBlocs(long seed) {
        Assessment w = RandomInputs.assess(RandomInputs.of(seed));
        SplittableRandom r = new SplittableRandom(seed * 31);
        int[] sides = new int[w.size()];
        for (int i = 0; i < sides.length; i++) {
            sides[i] = r.nextInt(2);
        }
        w.setBlocs(sides);
        return w;
    }

    @ParameterizedTest(name = WORLD)
    @MethodSource("worlds")
    void desireIsZeroAcrossBlocsAndThePositivePropensityWithin(long seed) {
        Assessment w = withRandomBlocs(seed);
        for (int i = 0; i < w.size(); i++) {
            assertThat(MODULE.desire(w, i, i)).isZero();
            for (int j = 0; j < w.size(); j++) {
                if (i == j) {
                    continue;
                }
                double d = MODULE.desire(w, i, j);
                assertThat(d).isFinite().isBetween(0.0, 1.0);
                if (w.bloc(i) != w.bloc(j)) {
                    assertThat(d).as("%d->%d across blocs", i, j).isZero();
                } else {
                    double p = Propensities.propensity(w, PropensityParams.DEFAULTS, i, j);
                    assertThat(d).isCloseTo(Math.min(1, Math.max(0, p)), within(1e-15));
                }
                assertThat(MODULE.explain(w, i, j).desire()).isEqualTo(d);
            }
        }
    }

    @ParameterizedTest(name = WORLD)
    @MethodSource("worlds")
    void blocsOffJudgeEveryPairAsIfOnTheSameSide(long seed) {
        Assessment w = RandomInputs.assess(RandomInputs.of(seed));
        assertThat(w.bloc(0)).isEqualTo(-1);
        double[][] off = new double[w.size()][w.size()];
        for (int i = 0; i < w.size(); i++) {
            for (int j = 0; j < w.size(); j++) {
                off[i][j] = MODULE.desire(w, i, j);
            }
        }
        w.setBlocs(new int[w.size()]);
        for (int i = 0; i < w.size(); i++) {
            for (int j = 0; j < w.size(); j++) {
                assertThat(MODULE.desire(w, i, j)).isEqualTo(off[i][j]);
            }
        }
    }
}
