package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulation's blocs follow Axelrod and Bennett's dynamics: every switch strictly lowers the
 * energy (and the switcher's frustration), and the walk stops exactly at a local minimum that
 * the exact enumeration lists.
 */
class BlocsTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 60).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void switchesLowerTheEnergyMonotonicallyAndStopAtAnEnumeratedMinimum(long seed) {
        Landscape l = RandomLandscapes.create(RandomLandscapes.actorCount(seed, 2, 12), seed);
        Blocs blocs = Blocs.start(l, BlocStart.TOGETHER);
        assertThat(l.energy(blocs.configuration())).isZero();
        double energy = 0;
        int moves = 0;
        while (true) {
            Configuration before = blocs.configuration();
            int[] moved = blocs.advance(l, 1);
            if (moved.length == 0) {
                assertThat(blocs.configuration()).isEqualTo(before);
                break;
            }
            int k = moved[0];
            double frustrationBefore = l.frustration(before, k);
            double now = l.energy(blocs.configuration());
            assertThat(now).as("energy after move %d", moves).isLessThan(energy - l.tolerance());
            assertThat(l.frustration(blocs.configuration(), k)).as("switcher's frustration")
                    .isLessThan(frustrationBefore);
            energy = now;
            moves++;
            assertThat(moves).isLessThanOrEqualTo(1 << l.actorCount());
        }
        List<Configuration> minima = new ExactEnumerator().enumerate(l).minima().stream()
                .map(LocalMinimum::configuration).toList();
        assertThat(minima).contains(blocs.configuration());
        assertThat(blocs.advance(l, 5)).as("a minimum stays put").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void manySwitchesAtOnceReachTheSameMinimumAsOneAStep(long seed) {
        Landscape l = RandomLandscapes.create(RandomLandscapes.actorCount(seed, 2, 12), seed);
        Blocs stepwise = Blocs.start(l, BlocStart.TOGETHER);
        while (stepwise.advance(l, 1).length > 0) {
            // one switch per call
        }
        Blocs atOnce = Blocs.start(l, BlocStart.TOGETHER);
        atOnce.advance(l, Integer.MAX_VALUE);
        assertThat(atOnce.configuration()).isEqualTo(stepwise.configuration());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theGlobalMinimumStartIsTheEnumeratedGlobalMinimumAndStaysPut(long seed) {
        Landscape l = RandomLandscapes.create(RandomLandscapes.actorCount(seed, 2, 12), seed);
        Blocs blocs = Blocs.start(l, BlocStart.GLOBAL_MINIMUM);
        assertThat(blocs.configuration()).isEqualTo(new ExactEnumerator().enumerate(l).globalMinimum().configuration());
        assertThat(blocs.advance(l, 3)).isEmpty();
    }

    static Stream<Long> largeSeeds() {
        return LongStream.rangeClosed(1, 6).boxed();
    }

    @ParameterizedTest
    @MethodSource("largeSeeds")
    void aboveTwentyFiveStatesTheGlobalMinimumStartIsTheProvenMinimum(long seed) {
        Landscape l = RandomLandscapes.create(RandomLandscapes.actorCount(seed, 26, 40), seed);
        BranchAndBound.Outcome proven = new BranchAndBound(Long.MAX_VALUE).solve(l);
        Blocs blocs = Blocs.start(l, BlocStart.GLOBAL_MINIMUM);
        assertThat(proven.proven()).isTrue();
        assertThat(blocs.configuration()).isEqualTo(proven.configuration());
        assertThat(blocs.advance(l, 3)).isEmpty();
    }

    @Test
    void theHandWorkedExampleWalksFromTogetherToTheGlobalMinimum() {
        // scenarios/landscape/README.md: North, East, South, West; from AAAA the tie goes to
        // North (ABBB, E=-2), then East switches (AABB, E=-6), a local minimum.
        double[][] p = {
            {0, 1, -2, -1},
            {1, 0, -1, -2},
            {-2, -1, 0, 1},
            {-1, -2, 1, 0}};
        Landscape l = new Landscape(List.of("North", "East", "South", "West"), new double[] {1, 1, 1, 1}, p);
        Blocs blocs = Blocs.start(l, BlocStart.TOGETHER);
        assertThat(blocs.advance(l, 1)).containsExactly(0);
        assertThat(blocs.configuration()).hasToString("ABBB");
        assertThat(blocs.advance(l, 1)).containsExactly(1);
        assertThat(blocs.configuration()).hasToString("AABB");
        assertThat(blocs.sides()).containsExactly(0, 0, 1, 1);
        assertThat(l.energy(blocs.configuration())).isEqualTo(-6);
        assertThat(blocs.advance(l, 1)).isEmpty();
    }

    @Test
    void blocsFollowALandscapeThatChanges() {
        double[][] friends = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
        double[][] split = {{0, 1, -1}, {1, 0, -1}, {-1, -1, 0}};
        List<String> names = List.of("X", "Y", "Z");
        double[] sizes = {1, 1, 1};
        Landscape calm = new Landscape(names, sizes, friends);
        Blocs blocs = Blocs.start(calm, BlocStart.TOGETHER);
        assertThat(blocs.advance(calm, 1)).isEmpty();
        Landscape rift = new Landscape(names, sizes, split);
        assertThat(blocs.advance(rift, 1)).containsExactly(2);
        assertThat(blocs.sides()).containsExactly(0, 0, 1);
        assertThat(blocs.advance(calm, 1)).containsExactly(2);
        assertThat(blocs.sides()).containsExactly(0, 0, 0);
    }
}
