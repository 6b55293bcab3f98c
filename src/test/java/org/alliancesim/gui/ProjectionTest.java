package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The map's projection fits any set of capitals inside the panel with a margin, fills the panel
 * along one side at least, and keeps north up and east right; zooming keeps the point under the
 * pointer where it is. Over seeded random sets, from a region (Cairo to Baghdad) to the globe.
 */
class ProjectionTest {
    record Case(List<Double> lons, List<Double> lats, int width, int height) {
    }

    static Stream<Case> cases() {
        Random r = new Random(16);
        return IntStream.range(0, 40).mapToObj(k -> {
            double spread = k < 10 ? 15 : 170; // regional, then world-wide
            double lon0 = -120 + r.nextDouble() * 240;
            double lat0 = -40 + r.nextDouble() * 80;
            int n = 2 + r.nextInt(12);
            List<Double> lons = new ArrayList<>();
            List<Double> lats = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lons.add(Math.max(-180, Math.min(180, lon0 + (r.nextDouble() - 0.5) * spread)));
                lats.add(Math.max(-60, Math.min(75, lat0 + (r.nextDouble() - 0.5) * spread / 2)));
            }
            return new Case(lons, lats, 400 + r.nextInt(1200), 250 + r.nextInt(600));
        });
    }

    private static double range(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyCapitalIsInsideThePanelAndTheMapIsNotStretched(Case c) {
        Projection p = new Projection(c.lons(), c.lats(), c.width(), c.height());
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < c.lons().size(); i++) {
            Point2D.Double q = p.project(c.lats().get(i), c.lons().get(i));
            assertThat(q.x).isBetween(0.0, (double) c.width());
            assertThat(q.y).isBetween(0.0, (double) c.height());
            minX = Math.min(minX, q.x);
            maxX = Math.max(maxX, q.x);
            minY = Math.min(minY, q.y);
            maxY = Math.max(maxY, q.y);
        }
        double spread = Math.max(range(c.lons()), range(c.lats()));
        if (spread >= 20) { // a tighter cluster keeps at least 6 degrees of context on each side
            assertThat(Math.max((maxX - minX) / c.width(), (maxY - minY) / c.height()))
                    .as("the states use a good part of the panel").isGreaterThan(0.3);
        }
        Point2D.Double north = p.project(10, 0);
        Point2D.Double south = p.project(0, 0);
        Point2D.Double east = p.project(0, 10);
        assertThat(north.y).isLessThan(south.y);
        assertThat(east.x).isGreaterThan(south.x);
        double before = east.x;
        p.zoom(2, east.x, east.y);
        assertThat(p.project(0, 10).x).isCloseTo(before, org.assertj.core.api.Assertions.within(1e-9));
    }
}
