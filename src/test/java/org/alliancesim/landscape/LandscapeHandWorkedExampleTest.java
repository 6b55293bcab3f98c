package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A four-actor landscape worked out by hand.
 *
 * <pre>
 * Actors (all size 1): North (n), East (e), South (s), West (w).
 * Propensities: n-e = +1, s-w = +1 (two friendly pairs);
 *               n-s = -2, e-w = -2 (strong enmities); n-w = -1, e-s = -1 (mild ones).
 * With unit sizes the pair weight s_i s_j p_ij is just p_ij.
 *
 * Eight partitions, North always on side A; "gain" = energy change if that actor switches
 * (order n e s w); a switch of North is written as the complementary partition.
 *
 *  #  sides  bloc with North | other     energy  gains n  e  s  w   steepest move -> next
 *  1  AAAA   n e s w | -                    0        -2 -2 -2 -2   tie, lowest index n -> ABBB
 *  2  ABBB   n | e s w            1-2-1 = -2         +2 -4 +2  0   e -> AABB
 *  3  AABB   n e | s w        -2-1-1-2 = -6         +4 +4 +4 +4   local minimum
 *  4  ABBA   n w | e s        +1-2-2+1 = -2          0  0  0  0   local minimum (no STRICT drop)
 *  5  ABAB   n s | e w        +1-1-1+1 =  0         -2 -2 -2 -2   tie, lowest index n -> AABA
 *  6  AABA   n e w | s           -2-1+1 = -2         +2  0 +2 -4   w -> AABB
 *  7  AAAB   n e s | w           -1-2+1 = -2          0 +2 -4 +2   s -> AABB
 *  8  ABAA   n s w | e           +1-1-2 = -2         -4 +2  0 +2   n -> AABB
 *
 * Descent ends: 1 -> 2 -> 3, 5 -> 6 -> 3, and 2, 6, 7, 8 -> 3; 4 stays put.
 * Minima: rank 1 AABB, energy -6, basin 7/8 = 0.875; rank 2 ABBA, energy -2, basin 1/8 = 0.125.
 * Frustration F_i = sum over j apart of s_j p_ij:
 *   in AABB: n = -2-1 = -3, e = -1-2 = -3, s = -2-1 = -3, w = -1-2 = -3;
 *   in ABBA: n = +1-2 = -1, e = +1-2 = -1, s = -2+1 = -1, w = -2+1 = -1.
 * </pre>
 */
class LandscapeHandWorkedExampleTest {

    static Landscape fourActors() {
        return new Landscape(List.of("North", "East", "South", "West"), new double[] {1, 1, 1, 1},
                new double[][] {
                    {0, 1, -2, -1},
                    {1, 0, -1, -2},
                    {-2, -1, 0, 1},
                    {-1, -2, 1, 0}});
    }

    @Test
    void energiesMatchTheTable() {
        Landscape l = fourActors();
        String[] sides = {"AAAA", "ABBB", "AABB", "ABBA", "ABAB", "AABA", "AAAB", "ABAA"};
        double[] energy = {0, -2, -6, -2, 0, -2, -2, -2};
        for (int i = 0; i < sides.length; i++) {
            assertThat(l.energy(Configuration.parse(sides[i]))).as(sides[i]).isEqualTo(energy[i]);
        }
    }

    @Test
    void switchGainsAndTieBreakingMatchTheTable() {
        Landscape l = fourActors();
        assertGains(l, "AAAA", -2, -2, -2, -2);
        assertGains(l, "ABBB", 2, -4, 2, 0);
        assertGains(l, "ABBA", 0, 0, 0, 0);
        assertGains(l, "AABA", 2, 0, 2, -4);
        assertThat(gains(l, "AAAA").steepestMove(l.tolerance())).isZero();
        assertThat(gains(l, "ABAB").steepestMove(l.tolerance())).isZero();
        assertThat(gains(l, "ABBB").steepestMove(l.tolerance())).isEqualTo(1);
        assertThat(gains(l, "AAAB").steepestMove(l.tolerance())).isEqualTo(2);
        assertThat(gains(l, "ABBA").steepestMove(l.tolerance())).isEqualTo(-1);
    }

    @Test
    void exactEnumerationFindsBothMinimaWithTheirBasins() {
        assertFourActorResult(new ExactEnumerator().enumerate(fourActors()));
    }

    @Test
    void sameResultFromTheFixtureFiles() throws Exception {
        Path dir = Path.of("src/test/resources/landscape");
        Landscape l = LandscapeFiles.read(dir.resolve("four-sizes.csv"), dir.resolve("four-propensities.csv"));
        assertThat(l.names()).containsExactly("North", "East", "South", "West");
        assertFourActorResult(new ExactEnumerator().enumerate(l));
    }

    static void assertFourActorResult(LandscapeResult r) {
        assertThat(r.method()).isEqualTo(LandscapeResult.Method.EXACT);
        assertThat(r.samples()).isEqualTo(8);
        assertThat(r.minima()).hasSize(2);
        LocalMinimum first = r.minima().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.configuration()).hasToString("AABB");
        assertThat(first.energy()).isEqualTo(-6.0);
        assertThat(first.basinCount()).isEqualTo(7);
        assertThat(first.basin()).isEqualTo(0.875);
        assertThat(first.frustrations()).containsExactly(-3, -3, -3, -3);
        LocalMinimum second = r.minima().get(1);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.configuration()).hasToString("ABBA");
        assertThat(second.energy()).isEqualTo(-2.0);
        assertThat(second.basinCount()).isEqualTo(1);
        assertThat(second.basin()).isEqualTo(0.125);
        assertThat(second.frustrations()).containsExactly(-1, -1, -1, -1);
        assertThat(r.globalMinimum()).isSameAs(first);
    }

    private static void assertGains(Landscape l, String sides, double... expected) {
        SwitchGains g = gains(l, sides);
        for (int k = 0; k < expected.length; k++) {
            assertThat(g.gain(k)).as(sides + " actor " + k).isEqualTo(expected[k]);
        }
    }

    private static SwitchGains gains(Landscape l, String sides) {
        return new SwitchGains(l, Configuration.parse(sides).onB());
    }
}
