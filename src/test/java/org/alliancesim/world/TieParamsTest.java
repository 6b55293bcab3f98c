package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Levels are read off the commitment with hysteresis: rising needs the threshold, keeping less. */
class TieParamsTest {
    private final TieParams t = TieParams.DEFAULTS;

    @Test
    void risingNeedsTheFullThreshold() {
        assertThat(t.levelFor(0.24, Level.NONE)).isEqualTo(Level.NONE);
        assertThat(t.levelFor(0.25, Level.NONE)).isEqualTo(Level.ALIGNMENT);
        assertThat(t.levelFor(0.8, Level.NONE)).isEqualTo(Level.ALLIANCE);
    }

    @Test
    void keepingALevelNeedsOnlyTheThresholdLessTheHysteresis() {
        assertThat(t.levelFor(0.46, Level.COALITION)).isEqualTo(Level.COALITION);
        assertThat(t.levelFor(0.44, Level.COALITION)).isEqualTo(Level.ALIGNMENT);
        assertThat(t.levelFor(0.46, Level.ALIGNMENT)).isEqualTo(Level.ALIGNMENT);
        assertThat(t.levelFor(0.1, Level.ALLIANCE)).isEqualTo(Level.NONE);
    }

    /**
     * On seeded random thresholds, hysteresis, commitments and levels held: the level is the highest
     * whose threshold (less the hysteresis for a level held or above) the commitment reaches, and
     * {@code levelKept}, for a commitment not below {@code lowestKept}, is that level too; the
     * commitment lies between {@code keptFrom} and {@code keptBelow} of the level held exactly when
     * that level is the one held (the commit phase's first test).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {61, 62, 63, 64})
    void theLevelIsTheHighestThresholdReached(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 2000; k++) {
            double alignment = r.nextDouble(0.01, 1);
            double coalition = r.nextDouble(0.01, 1);
            double alliance = r.nextDouble(0.01, 1);
            TieParams p = new TieParams(alignment, coalition, alliance, 0.1, r.nextDouble(0, 0.5),
                    TieParams.Bargaining.CONSENT, 0.1);
            double c = r.nextDouble(-0.1, 1.1);
            if (r.nextBoolean()) { // at a bound, or next to one, where the tests' directions matter
                Level l = Level.values()[1 + r.nextInt(3)];
                double at = r.nextBoolean() ? p.threshold(l) : p.threshold(l) - p.hysteresis();
                c = new double[] {at, Math.nextDown(at), Math.nextUp(at)}[r.nextInt(3)];
            }
            Level held = Level.values()[r.nextInt(Level.values().length)];
            Level expected = Level.NONE;
            for (Level l : new Level[] {Level.ALLIANCE, Level.COALITION, Level.ALIGNMENT}) {
                if (c >= p.threshold(l) - (l.ordinal() <= held.ordinal() ? p.hysteresis() : 0)) {
                    expected = l;
                    break;
                }
            }
            assertThat(p.levelFor(c, held)).as("%s at %s holding %s", p, c, held).isEqualTo(expected);
            boolean kept = c >= p.keptFrom(held) && c < p.keptBelow(held);
            assertThat(kept).as("kept bounds of %s at %s holding %s", p, c, held).isEqualTo(expected == held);
            if (c >= p.lowestKept()) {
                assertThat(p.levelKept(c, held)).as("%s at %s holding %s", p, c, held).isEqualTo(expected);
            } else {
                assertThat(expected).isEqualTo(Level.NONE);
            }
        }
    }

    @Test
    void theGradientHalvesStrengthAtTheHalfDistanceAndReachStretchesIt() {
        ProximityParams p = ProximityParams.DEFAULTS;
        assertThat(p.strengthAt(1500, 1)).isEqualTo(0.5);
        assertThat(p.strengthAt(3000, 2)).isEqualTo(0.5);
        assertThat(p.strengthAt(0, 1)).isEqualTo(1);
        ProximityParams linear = new ProximityParams(ProximityParams.Gradient.LINEAR, 1500, 6000);
        assertThat(linear.strengthAt(3000, 1)).isEqualTo(0.5);
        assertThat(linear.strengthAt(7000, 1)).isZero();
    }

    @Test
    void capitalDistanceMatchesTheGleditschWardFigure() {
        // Moscow–Tehran: 2,463 km in Gleditsch and Ward's capdist.
        assertThat(Geography.distanceKm(55.76, 37.62, 35.69, 51.39)).isBetween(2400.0, 2520.0);
    }

    @Test
    void consentFollowsTheSmallerDesireWithInertia() {
        TieParams t = TieParams.DEFAULTS;
        assertThat(t.target(0.8, 0.4)).isEqualTo(0.4);
        // a quarter of the way from 0.2 toward 0.4
        assertThat(t.next(0.2, 0.8, 0.4)).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void nashBargainingWithTransfersFormsAsymmetricTiesWhenTheJointGainIsPositive() {
        TieParams t = new TieParams(0.25, 0.5, 0.75, 0.25, 0.05, TieParams.Bargaining.NASH_TRANSFER, 0.1);
        // mean 0.45 less cost 0.1, rescaled by 0.9: an eager and a reluctant side still tie
        assertThat(t.target(0.8, 0.1)).isCloseTo(0.35 / 0.9, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(TieParams.DEFAULTS.target(0.8, 0.1)).isEqualTo(0.1);
        // no joint gain, no tie
        assertThat(t.target(0.1, 0.05)).isZero();
    }
}
