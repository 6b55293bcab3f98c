package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.model.AllianceModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rows a view hands to a module that walks whole rows ({@link WorldView#row}) are the per-entry
 * values bit for bit, whether the assessment keeps them, derives them from its matrices, or leaves
 * them to the per-entry default (the on-demand assessment): on seeded random worlds run a few noisy
 * steps, so that ties stand and support and vulnerability have partners' parts, for every row, every
 * deciding state and every third state. The part of each partner that the assessment keeps from
 * its support is the per-entry formula's too, and the balancers, summed when first read, are the
 * sum of their definition in the same order.
 */
class AssessmentRowsTest {

    static Stream<Arguments> worlds() {
        return IntStream.range(0, 6).mapToObj(k -> Arguments.of(4 + 9 * k, 900L + k, 2 + 3 * k));
    }

    @ParameterizedTest(name = "N={0}, seed={1}, {2} steps")
    @MethodSource("worlds")
    void everyRowIsItsPerEntryValues(int n, long seed, int steps) {
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        AllianceModel model = new AllianceModel(world.toScenario(steps + 1), null, seed);
        model.start();
        for (int t = 0; t < steps; t++) {
            model.schedule.step(model);
        }
        // two steps in a row: what the assessment keeps for a step must not outlive it
        for (int t = 0; t < 2; t++) {
            Assessment full = (Assessment) model.view();
            WorldView lazy = new LazyAssessment(model.inputs(), model.scenario().parameters().threat(),
                    model.scenario().parameters().proximity(), model.scenario().parameters().power(), full.alliances());
            double[] scratch = new double[n];
            for (Row what : Row.values()) {
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < n; k++) {
                        double[] row = full.row(what, i, k, scratch);
                        double[] lazyRow = lazy.row(what, i, k, new double[n]);
                        for (int j = 0; j < n; j++) {
                            assertThat(row[j]).as("%s i=%d k=%d j=%d", what, i, k, j).isEqualTo(what.at(full, i, k, j));
                            assertThat(lazyRow[j]).as("lazy %s i=%d k=%d j=%d", what, i, k, j)
                                    .isEqualTo(what.at(lazy, i, k, j));
                        }
                    }
                }
            }
            model.schedule.step(model);
        }
    }

    /**
     * A row of basing the assessment keeps from one step to the next (a state of another reach
     * than its principal threat's, while the geometry stands) is the per-entry basing: at every
     * step of a run, as the decide phase has just read it, and after reach and distances move.
     */
    @ParameterizedTest(name = "N={0}, seed={1}, {2} steps")
    @MethodSource("worlds")
    void aKeptRowOfBasingIsThePerEntryBasing(int n, long seed, int steps) {
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        AllianceModel model = new AllianceModel(world.toScenario(steps + 8), null, seed);
        model.start();
        WorldInputs in = (WorldInputs) model.inputs();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        int kept = 0;
        for (int t = 0; t < steps + 6; t++) {
            model.schedule.step(model);
            Assessment full = (Assessment) model.view();
            for (int i = 0; i < n; i++) {
                int k = full.principalThreat(i, -1);
                if (k < 0) {
                    continue;
                }
                for (int read = 0; read < 2; read++) {
                    double[] row = full.row(Row.BASING, i, k, new double[n]);
                    for (int j = 0; j < n; j++) {
                        assertThat(row[j]).as("step %d, basing %d from %d to %d", t, i, j, k).isEqualTo(full.basing(i, j, k));
                    }
                }
                kept += in.reach(i) != in.reach(k) ? 1 : 0;
            }
            if (t % 3 == 1) {
                int a = r.nextInt(n);
                in.setReach(a, r.nextBoolean() ? 1 : r.nextDouble(1, 3)); // the geometry moves
            } else if (t % 3 == 2) {
                int a = r.nextInt(n);
                in.setDistanceKm(a, (a + 1) % n, 100 + 5000 * r.nextDouble());
            }
        }
        if (n > 20) {
            assertThat(kept).as("rows of another reach than the rival's").isPositive();
        }
    }

    @ParameterizedTest(name = "N={0}, seed={1}, {2} steps")
    @MethodSource("worlds")
    void aPartnersKeptPartIsThePerEntryFormula(int n, long seed, int steps) {
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        AllianceModel model = new AllianceModel(world.toScenario(steps), null, seed);
        model.runSteps(steps);
        WorldView w = model.view();
        int ties = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double c = w.commitment(i, j);
                double part = c <= 0 ? 0 : c * w.credibility(i, j) * w.military(j) * w.projection(j, i);
                assertThat(w.contribution(i, j)).as("%d-%d", i, j).isEqualTo(part);
                ties += c > 0 ? 1 : 0;
                sum += part;
            }
            assertThat(w.support(i)).isEqualTo(sum);
            double balancers = 0;
            for (int l = 0; l < n; l++) {
                balancers += l == i ? 0 : w.military(l) * w.threat(l, i);
            }
            assertThat(w.balancers(i)).as("balancers against %d", i).isEqualTo(balancers);
        }
        if (n > 20) {
            assertThat(ties).as("ties to give the parts something to count").isPositive();
        }
    }
}
