package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.PerceptionParams.Generator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The noise tape: a reader sees the stream of its seed draw for draw (across blocks, past the end
 * a budget sets, on two threads at once), the budget bounds what the tapes hold and gets its room
 * back on release, and a model reading a tape makes the run a model drawing its own makes.
 */
class NoiseTapeTest {

    private static double[] stream(long seed, int draws) {
        PerceptionNoise own = PerceptionNoise.create(Generator.XOROSHIRO128PLUSPLUS, seed);
        double[] d = new double[draws];
        for (int k = 0; k < draws; k++) {
            d[k] = own.nextGaussian();
        }
        return d;
    }

    /** Draws read as a run reads them: rows of 193 (nextGaussians) with a single draw between some. */
    private static double[] read(PerceptionNoise r, int draws) {
        double[] d = new double[draws];
        double[] row = new double[193];
        int k = 0;
        while (k < draws) {
            if (k % 7 == 3) {
                d[k++] = r.nextGaussian();
                continue;
            }
            int take = Math.min(row.length, draws - k);
            r.nextGaussians(row, take);
            System.arraycopy(row, 0, d, k, take);
            k += take;
        }
        return d;
    }

    /** Budgets that end the tape nowhere, inside the first block, after a few blocks, and after several large ones. */
    @ParameterizedTest(name = "budget {0} draws")
    @ValueSource(longs = {NoiseTape.Budget.DEFAULT_DRAWS, 100, 5_000, 200_000})
    void readersSeeTheStreamOfTheirSeed(long budget) {
        int draws = 400_000;
        double[] expected = stream(17, draws);
        NoiseTape tape = new NoiseTape(17, new NoiseTape.Budget(budget));
        PerceptionNoise first = tape.reader();
        PerceptionNoise second = tape.reader();
        assertThat(read(first, 1234)).isEqualTo(java.util.Arrays.copyOf(expected, 1234));
        assertThat(read(second, draws)).isEqualTo(expected);
        double[] rest = read(first, draws - 1234);
        assertThat(rest).isEqualTo(java.util.Arrays.copyOfRange(expected, 1234, draws));
    }

    @Test
    void readersOnTwoThreadsSeeTheSameStream() throws Exception {
        int draws = 300_000;
        NoiseTape tape = new NoiseTape(5, new NoiseTape.Budget(150_000));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[]> a = pool.submit(() -> read(tape.reader(), draws));
            Future<double[]> b = pool.submit(() -> read(tape.reader(), draws));
            double[] expected = stream(5, draws);
            assertThat(a.get()).isEqualTo(expected);
            assertThat(b.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBudgetBoundsWhatTapesHoldAndGetsItBackOnRelease() {
        NoiseTape.Budget budget = new NoiseTape.Budget(10_000);
        NoiseTape one = new NoiseTape(1, budget);
        NoiseTape two = new NoiseTape(2, budget);
        read(one.reader(), 50_000);
        assertThat(budget.left()).isBetween(0L, 10_000L - NoiseTape.FIRST_BLOCK);
        long afterOne = budget.left();
        read(two.reader(), 50_000);
        assertThat(budget.left()).isLessThanOrEqualTo(afterOne);
        one.release();
        two.release();
        assertThat(budget.left()).isEqualTo(10_000);
        assertThatThrownBy(() -> one.reader().nextGaussian()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after its release");
    }

    private static Scenario noisyWorld(Generator g) {
        Parameters base = Parameters.DEFAULTS.withPerception(PerceptionParams.DEFAULTS.withGenerator(g));
        return RandomWorld.generate(30, 7, 0.05, base).toScenario(12);
    }

    /** Every theory's run on a shared tape (small, so that it ends mid-run) makes the ties and changes of its own draws. */
    @Test
    void aModelReadingATapeMakesTheRunOfItsOwnDraws() {
        Scenario s = noisyWorld(Generator.XOROSHIRO128PLUSPLUS);
        NoiseTape tape = new NoiseTape(9, new NoiseTape.Budget(3 * 30 * 29));
        for (String theory : Theories.DEFAULTS) {
            AllianceModel own = new AllianceModel(s, theory, 9);
            own.runSteps(12);
            AllianceModel shared = new AllianceModel(s, theory, 9);
            shared.shareNoise(tape);
            shared.runSteps(12);
            assertThat(shared.changes()).as(theory).isEqualTo(own.changes()).isNotEmpty();
            for (int i = 0; i < 30; i++) {
                assertThat(shared.ties().commitment[i]).as(theory).isEqualTo(own.ties().commitment[i]);
                for (int j = 0; j < 30; j++) {
                    assertThat(shared.inputs().intent(i, j)).isEqualTo(own.inputs().intent(i, j));
                }
            }
        }
    }

    /** A tape of another seed, or a scenario on MASON's generator, is not read: the run draws its own. */
    @Test
    void aTapeOfAnotherStreamIsNotRead() {
        NoiseTape.Budget budget = new NoiseTape.Budget(NoiseTape.Budget.DEFAULT_DRAWS);
        for (Generator g : Generator.values()) {
            Scenario s = noisyWorld(g);
            AllianceModel own = new AllianceModel(s, null, 9);
            own.runSteps(6);
            AllianceModel other = new AllianceModel(s, null, 9);
            other.shareNoise(new NoiseTape(10, budget));
            other.runSteps(6);
            assertThat(other.changes()).as(g.name()).isEqualTo(own.changes());
        }
        assertThat(budget.left()).isEqualTo(NoiseTape.Budget.DEFAULT_DRAWS);
    }
}
