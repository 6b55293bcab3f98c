package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BranchAndBound} against the minimum over all {@code 2^N} configurations computed by
 * {@link BruteForceReference#energy} on random landscapes of 1 to 20 actors (all three flavours
 * of {@link RandomLandscapes}: ties and zero sizes included), against {@link ExactEnumerator}'s
 * global minimum at 21 to 23 actors, and on the hand-worked example.
 */
class BranchAndBoundTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void provesTheBruteForceMinimum(long seed) {
        int n = RandomLandscapes.actorCount(seed, 1, 20);
        Landscape landscape = RandomLandscapes.create(n, seed);
        BruteForceReference reference = new BruteForceReference(landscape);
        double min = Double.POSITIVE_INFINITY;
        for (long mask = 0; mask < 1L << Math.max(0, n - 1); mask++) {
            min = Math.min(min, reference.energy(mask));
        }
        BranchAndBound.Outcome outcome = new BranchAndBound(Long.MAX_VALUE).solve(landscape);

        double scale = 1e-9 * (1 + Math.abs(min));
        assertThat(outcome.proven()).isTrue();
        assertThat(outcome.energy()).as("global minimum, N=%d", n).isCloseTo(min, within(scale));
        assertThat(landscape.energy(outcome.configuration())).isEqualTo(outcome.energy());
        assertThat(outcome.nodes()).isPositive();
        SwitchGains gains = new SwitchGains(landscape, outcome.configuration().onB());
        assertThat(gains.steepestMove(landscape.tolerance())).as("a global minimum is a local minimum").isEqualTo(-1);
    }

    static LongStream largerSeeds() {
        return LongStream.rangeClosed(101, 106);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("largerSeeds")
    void agreesWithEnumerationBeyondBruteForce(long seed) {
        int n = RandomLandscapes.actorCount(seed, 21, 23);
        Landscape landscape = RandomLandscapes.create(n, seed);
        double exact = new ExactEnumerator().enumerate(landscape).globalMinimum().energy();
        BranchAndBound.Outcome outcome = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
        assertThat(outcome.proven()).isTrue();
        assertThat(outcome.energy()).isCloseTo(exact, within(1e-9 * (1 + Math.abs(exact))));
    }

    @Test
    void findsTheHandWorkedGlobalMinimum() {
        Landscape four = LandscapeHandWorkedExampleTest.fourActors();
        BranchAndBound.Outcome outcome = new BranchAndBound(Long.MAX_VALUE).solve(four);
        assertThat(outcome.configuration()).isEqualTo(Configuration.parse("AABB"));
        assertThat(outcome.energy()).isEqualTo(-6.0);
        assertThat(outcome.proven()).isTrue();
    }

    @Test
    void saysSoWhenTheBudgetRunsOut() {
        Landscape landscape = LandscapeTiming.random(40, 1);
        BranchAndBound.Outcome full = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
        BranchAndBound.Outcome cut = new BranchAndBound(full.nodes() / 2).solve(landscape);
        assertThat(full.proven()).isTrue();
        assertThat(cut.proven()).isFalse();
        assertThat(cut.nodes()).isLessThanOrEqualTo(full.nodes() / 2 + 1);
        assertThat(cut.energy()).isGreaterThanOrEqualTo(full.energy());
        assertThat(landscape.energy(cut.configuration())).isEqualTo(cut.energy());
    }

    @Test
    void sameLandscapeSameOutcome() {
        Landscape landscape = LandscapeTiming.random(45, 7);
        BranchAndBound.Outcome a = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
        BranchAndBound.Outcome b = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theSolverAddsTheProvenMinimumEvenWhenNoDescentReachedIt() {
        Landscape landscape = LandscapeTiming.random(34, 3);
        BranchAndBound.Outcome best = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
        LandscapeResult one = LandscapeSolver.solve(landscape, 1, 9);
        assertThat(one.method()).isEqualTo(LandscapeResult.Method.DESCENT);
        assertThat(one.globalProven()).isTrue();
        assertThat(one.proofNodes()).isEqualTo(best.nodes());
        assertThat(one.globalMinimum().energy()).isEqualTo(best.energy());
        // the single start ends in a shallower minimum (seed 9); the proven one is added beside it
        assertThat(one.minima()).hasSize(2);
        assertThat(one.globalMinimum().basinCount()).as("no start ended there").isZero();
        assertThat(one.minima().get(1).basinCount()).isEqualTo(1);
        LandscapeResult cut = LandscapeSolver.solve(landscape, 1, 9, 1);
        assertThat(cut.globalProven()).isFalse();
        assertThat(cut.globalMinimum().energy()).isGreaterThanOrEqualTo(best.energy());
    }
}
