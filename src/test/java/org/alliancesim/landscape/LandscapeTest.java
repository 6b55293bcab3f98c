package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Energy, frustration and configuration basics of {@link Landscape} and {@link Configuration}. */
class LandscapeTest {

    /**
     * Sizes a=1, b=2, c=3; p_ab = +1, p_ac = -1, p_bc = -2. In {a,b | c}:
     * energy = s_a s_c p_ac + s_b s_c p_bc = 3*(-1) + 6*(-2) = -15;
     * F_a = s_c p_ac = -3, F_b = s_c p_bc = -6, F_c = s_a p_ca + s_b p_cb = -1 - 4 = -5;
     * the paper's energy sum_i s_i F_i = -3 - 12 - 15 = -30 = 2 * (-15).
     */
    private static Landscape weighted() {
        return new Landscape(List.of("a", "b", "c"), new double[] {1, 2, 3},
                new double[][] {{Double.NaN, 1, -1}, {1, 99, -2}, {-1, -2, 0}});
    }

    @Test
    void energyWeighsPairsBySizesAndFrustrationBySizeOfTheOthers() {
        Landscape l = weighted();
        Configuration abVersusC = Configuration.parse("AAB");
        assertThat(l.energy(abVersusC)).isEqualTo(-15);
        assertThat(l.frustrations(abVersusC)).containsExactly(-3, -6, -5);
        double paperEnergy = 0;
        for (int i = 0; i < 3; i++) {
            paperEnergy += l.size(i) * l.frustration(abVersusC, i);
        }
        assertThat(paperEnergy).isEqualTo(2 * l.energy(abVersusC));
        assertThat(l.energy(Configuration.parse("AAA"))).isZero();
        assertThat(l.frustrations(Configuration.parse("AAA"))).containsExactly(0, 0, 0);
    }

    @Test
    void diagonalIsIgnored() {
        Landscape l = weighted();
        assertThat(l.propensity(0, 0)).isZero();
        assertThat(l.propensity(1, 1)).isZero();
        assertThat(l.weight(1, 1)).isZero();
        assertThat(l.weight(1, 2)).isEqualTo(-12);
    }

    @Test
    void exactEnumerationOfTheWeightedExample() {
        // partitions: AAA 0, AAB -15, ABA 2*1*1 + 2*3*(-2) = -10, ABB 1*2*1 + 1*3*(-1) = -1
        LandscapeResult r = new ExactEnumerator().enumerate(weighted());
        assertThat(r.minima()).extracting(m -> m.configuration().toString()).containsExactly("AAB");
        assertThat(r.globalMinimum().energy()).isEqualTo(-15);
        assertThat(r.globalMinimum().basin()).isEqualTo(1.0);
    }

    @Test
    void configurationIsNormalisedSoComplementsAreEqual() {
        Configuration x = Configuration.of(new boolean[] {true, false, true});
        assertThat(x).hasToString("ABA").isEqualTo(Configuration.parse("BAB"));
        assertThat(x.hashCode()).isEqualTo(Configuration.parse("ABA").hashCode());
        assertThat(x.side(1)).isEqualTo(Side.B);
        assertThat(x.apart(0, 2)).isFalse();
        assertThat(Configuration.fromIndex(4, 0b101)).hasToString("ABAB");
        assertThat(Side.A.opposite()).isEqualTo(Side.B);
    }

    @Test
    void singleActorHasOneMinimum() {
        Landscape l = new Landscape(List.of("solo"), new double[] {5}, new double[][] {{0}});
        LandscapeResult r = new ExactEnumerator().enumerate(l);
        assertThat(r.minima()).hasSize(1);
        assertThat(r.globalMinimum().configuration()).hasToString("A");
        assertThat(r.globalMinimum().basin()).isEqualTo(1.0);
    }

    @Test
    void rejectsInvalidLandscapes() {
        double[][] sym = {{0, 1}, {1, 0}};
        assertThatThrownBy(() -> new Landscape(List.of("a", "a"), new double[] {1, 1}, sym))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Landscape(List.of("a", "b"), new double[] {1, -1}, sym))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Landscape(List.of("a", "b"), new double[] {1, 1}, new double[][] {{0, 1}, {2, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symmetric");
        assertThatThrownBy(() -> new Landscape(List.of(), new double[0], new double[0][]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersBeyondTheBoundsAreRefusedAndTheBoundsKeepEnergiesFinite() {
        List<String> two = List.of("a", "b");
        double big = Landscape.MAX_SIZE;
        assertThatThrownBy(() -> new Landscape(two, new double[] {1, 1e308}, new double[][] {{0, 1}, {1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size of b");
        assertThatThrownBy(() -> new Landscape(two, new double[] {1, 1}, new double[][] {{0, 1e308}, {1e308, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("propensity a/b");
        Landscape edge = new Landscape(two, new double[] {big, big},
                new double[][] {{0, -Landscape.MAX_PROPENSITY}, {-Landscape.MAX_PROPENSITY, 0}});
        assertThat(edge.energy(Configuration.parse("AB"))).isCloseTo(-1e45, org.assertj.core.api.Assertions.within(1e31));
        assertThat(edge.tolerance()).isFinite().isPositive();
        assertThat(new ExactEnumerator().enumerate(edge).minima()).hasSize(1);
    }
}
