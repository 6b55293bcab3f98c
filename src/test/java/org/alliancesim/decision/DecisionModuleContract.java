package org.alliancesim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.RandomInputs;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every decision module keeps, checked on 60 random worlds (each world one test case,
 * so a module counts 3 × 60 + 1 tests): desires are finite and in [0,1], zero toward oneself,
 * explained by factors that reproduce them, and a pure function of the world (same answer twice,
 * the world untouched); and the module's name is one {@link Theories} knows.
 */
abstract class DecisionModuleContract {

    protected abstract DecisionModule module();

    /** Each parameterized case is a different random world: the seed is the world's. */
    static final String WORLD = "random world {0}";

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 60).boxed();
    }

    @ParameterizedTest(name = WORLD)
    @MethodSource("seeds")
    void desiresAreBoundedAndZeroTowardOneself(long seed) {
        Assessment w = RandomInputs.assess(RandomInputs.of(seed));
        for (int i = 0; i < w.size(); i++) {
            assertThat(module().desire(w, i, i)).isZero();
            for (int j = 0; j < w.size(); j++) {
                double d = module().desire(w, i, j);
                assertThat(d).as("%d->%d", i, j).isFinite().isBetween(0.0, 1.0);
            }
        }
    }

    @ParameterizedTest(name = WORLD)
    @MethodSource("seeds")
    void aRowOfDesiresIsTheDesiresOneByOne(long seed) {
        Assessment w = RandomInputs.assess(RandomInputs.of(seed));
        double[] row = new double[w.size()];
        for (int i = 0; i < w.size(); i++) {
            java.util.Arrays.fill(row, -1);
            module().desires(w, i, row);
            for (int j = 0; j < w.size(); j++) {
                assertThat(row[j]).as("%d->%d", i, j).isEqualTo(i == j ? 0 : module().desire(w, i, j));
            }
        }
    }

    /**
     * One module asked for the same rows again after trade, identity and power moved (what only
     * events and live changes write) gives the desires of the changed world, not kept ones
     * (that they do move is {@code KeptRowsTest}'s part).
     */
    @ParameterizedTest(name = WORLD)
    @MethodSource("seeds")
    void rowsAskedAgainFollowChangesOfTradeIdentityAndPower(long seed) {
        WorldInputs in = RandomInputs.of(seed);
        Assessment w = RandomInputs.assess(in);
        DecisionModule m = module();
        int n = w.size();
        double[] first = new double[n];
        for (int i = 0; i < n; i++) {
            m.desires(w, i, first);
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            in.setTrade(i, j, 1 - in.trade(i, j));
            in.setIdentity(i, j, 1 - in.identity(i, j));
        }
        in.setComponent(0, 0, in.component(0, 0) * 5 + 1);
        w.recompute();
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            m.desires(w, i, row);
            for (int j = 0; j < n; j++) {
                assertThat(row[j]).as("%d->%d", i, j).isEqualTo(i == j ? 0 : module().desire(w, i, j));
            }
        }
    }

    @ParameterizedTest(name = WORLD)
    @MethodSource("seeds")
    void explanationGivesTheSameDesireAndNamesItsFactors(long seed) {
        Assessment w = RandomInputs.assess(RandomInputs.of(seed));
        for (int i = 0; i < w.size(); i++) {
            for (int j = 0; j < w.size(); j++) {
                if (i == j) {
                    continue;
                }
                Explanation e = module().explain(w, i, j);
                assertThat(e.desire()).isCloseTo(module().desire(w, i, j), within(1e-15));
                assertThat(e.factors()).isNotEmpty().allSatisfy(f -> {
                    assertThat(f.name()).isNotBlank();
                    assertThat(f.value()).isFinite();
                });
            }
        }
    }

    @ParameterizedTest(name = WORLD)
    @MethodSource("seeds")
    void decidingIsPure(long seed) {
        WorldInputs in = RandomInputs.of(seed);
        WorldInputs before = new WorldInputs(in);
        Assessment w = RandomInputs.assess(in);
        int n = w.size();
        double[][] first = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                first[i][j] = module().desire(w, i, j);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                assertThat(module().desire(w, i, j)).isEqualTo(first[i][j]);
                assertThat(in.intent(i, j)).isEqualTo(before.intent(i, j));
                assertThat(in.credibility(i, j)).isEqualTo(before.credibility(i, j));
            }
        }
    }

    /** One test, not one per world: the name does not depend on the world. */
    @Test
    void theModuleHasAName() {
        assertThat(Theories.byName(module().name())).isNotNull();
    }
}
