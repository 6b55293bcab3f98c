package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.Channel;
import org.alliancesim.world.RandomInputs;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Propensities built from the model's own quantities: on a hand-built world of three states the
 * signs are as documented (a common threat and gains raise it, mutual threat lowers it); on random
 * worlds the result is exactly symmetric, bounded, and makes a valid landscape sized by power.
 */
class PropensitiesTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final PropensityParams P = PropensityParams.DEFAULTS;

    /** Three equal states 1000 km apart, no intents, no gains: every propensity is zero. */
    private static WorldInputs calm() {
        WorldInputs w = new WorldInputs(List.of("A", "B", "C"), List.of("composite"));
        for (int i = 0; i < 3; i++) {
            w.setComponent(i, 0, 100);
            w.setReach(i, 1);
            w.setRevisionism(i, Revisionism.STATUS_QUO);
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    if (j > i) {
                        w.setDistanceKm(i, j, 1000);
                    }
                    w.setOffense(i, j, 0.5);
                    w.setCredibility(i, j, 1);
                    w.setDelivered(i, j, 1);
                }
            }
        }
        return w;
    }

    private static double pAB(WorldInputs w) {
        return Propensities.propensity(RandomInputs.assess(w), P, A, B);
    }

    @Test
    void aCalmWorldHasNoPropensity() {
        assertThat(pAB(calm())).isZero();
    }

    @Test
    void aCommonThreatRaisesThePropensityOnlyWhenBothPerceiveIt() {
        WorldInputs one = calm();
        one.setIntent(A, C, 0.9);
        assertThat(pAB(one)).as("only A fears C").isZero();
        WorldInputs both = calm();
        both.setIntent(A, C, 0.9);
        both.setIntent(B, C, 0.6);
        Assessment w = RandomInputs.assess(both);
        assertThat(Propensities.sharedThreat(w, A, B)).isEqualTo(Math.min(w.threat(A, C), w.threat(B, C)));
        assertThat(pAB(both)).isPositive().isCloseTo(w.threat(B, C), within(1e-15));
        both.setIntent(B, C, 0.9);
        assertThat(pAB(both)).as("a stronger common threat").isGreaterThan(w.threat(B, C));
    }

    @Test
    void mutualThreatLowersThePropensity() {
        WorldInputs w = calm();
        w.setIntent(A, C, 0.8);
        w.setIntent(B, C, 0.8);
        double allied = pAB(w);
        w.setIntent(A, B, 0.7);
        double wary = pAB(w);
        w.setIntent(B, A, 0.7);
        double hostile = pAB(w);
        assertThat(wary).isLessThan(allied);
        assertThat(hostile).isLessThan(wary);
        WorldInputs rivals = calm();
        rivals.setIntent(A, B, 0.7);
        assertThat(pAB(rivals)).as("threat and nothing shared").isNegative();
    }

    @Test
    void gainsRaiseThePropensityOnlyAsFarAsTheyAreDelivered() {
        WorldInputs w = calm();
        for (Channel ch : Channel.values()) {
            w.setGain(A, B, ch, 0.6);
        }
        assertThat(pAB(w)).isCloseTo(0.3, within(1e-12));
        w.setDelivered(A, B, 0.5);
        assertThat(pAB(w)).isCloseTo(0.15, within(1e-12));
        WorldInputs none = calm();
        for (Channel ch : Channel.values()) {
            none.setGain(A, B, ch, 0.6);
        }
        none.setDelivered(A, B, 0);
        assertThat(pAB(none)).isZero();
    }

    @Test
    void identityAndTradeCountOnlyWhenWeighted() {
        WorldInputs w = calm();
        w.setIdentity(A, B, 1);
        w.setTrade(A, B, 0.4);
        assertThat(pAB(w)).isZero();
        PropensityParams both = new PropensityParams(1, 1, 1, 0.5, 2, 1, BlocStart.TOGETHER, 1);
        assertThat(Propensities.propensity(RandomInputs.assess(w), both, A, B)).isCloseTo(0.5 + 2 * 0.2, within(1e-12));
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomWorldsGiveASymmetricBoundedLandscapeSizedByPower(long seed) {
        Assessment w = RandomInputs.assess(RandomInputs.of(seed));
        Landscape l = Propensities.landscape(w, P);
        assertThat(l.actorCount()).isEqualTo(w.size());
        for (int i = 0; i < w.size(); i++) {
            assertThat(l.name(i)).isEqualTo(w.id(i));
            assertThat(l.size(i)).isEqualTo(w.power(i));
            for (int j = 0; j < w.size(); j++) {
                double p = Propensities.propensity(w, P, i, j);
                assertThat(p).isEqualTo(Propensities.propensity(w, P, j, i)).isBetween(-1.0, 2.0);
                assertThat(l.propensity(i, j)).isEqualTo(i == j ? 0 : p);
            }
        }
    }
}
