package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
