package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sim.util.Double2D;

/** The map's projection on seeded random sets of capitals. */
class MapProjectionTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fitsEveryCapitalWithAMarginAtTheDisplaysAspectKeepingNorthUpAndEastRight(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(10);
        List<Double> lats = new ArrayList<>();
        List<Double> lons = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            lats.add(-60 + 130 * r.nextDouble());
            lons.add(-180 + 360 * r.nextDouble());
        }
        double aspect = 1 + 2 * r.nextDouble();
        MapProjection p = new MapProjection(lons, lats, aspect);

        assertThat(p.width() / p.height()).isCloseTo(aspect, within(1e-9));
        for (int k = 0; k < n; k++) {
            Double2D at = p.project(lats.get(k), lons.get(k));
            assertThat(at.x).isBetween(MapProjection.MARGIN_DEGREES - 1e-9, p.width() - MapProjection.MARGIN_DEGREES + 1e-9);
            assertThat(at.y).isBetween(0.0, p.height());
            // one degree is one unit either way: the map is not stretched
            assertThat(p.project(lats.get(k) + 1, lons.get(k) + 1).x - at.x).isCloseTo(1, within(1e-9));
            assertThat(p.project(lats.get(k) + 1, lons.get(k)).y - at.y).isCloseTo(-1, within(1e-9));
        }
    }
}
