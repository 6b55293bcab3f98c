package org.alliancesim.gui;

import java.util.List;
import sim.util.Double2D;

/**
 * The map's plate carrée (equirectangular) projection: x grows with longitude, y with
 * southward latitude, one field unit per degree. The window fits the given capitals with a
 * margin on every side and is widened or heightened to the display's aspect ratio, so the map is
 * not stretched; it stays inside the globe where it can.
 */
final class MapProjection {
    static final double MARGIN_DEGREES = 25;
    private final double west;
    private final double north;
    private final double width;
    private final double height;

    /**
     * @param lons capitals' longitudes, degrees east
     * @param lats capitals' latitudes, degrees north
     * @param aspect the display's width over its height
     */
    MapProjection(List<Double> lons, List<Double> lats, double aspect) {
        double w = min(lons) - MARGIN_DEGREES;
        double e = max(lons) + MARGIN_DEGREES;
        double s = min(lats) - MARGIN_DEGREES;
        double n = max(lats) + MARGIN_DEGREES;
        double wide = e - w;
        double tall = n - s;
        if (wide / tall < aspect) {
            double grow = (tall * aspect - wide) / 2;
            w -= grow;
            e += grow;
        } else {
            double grow = (wide / aspect - tall) / 2;
            s -= grow;
            n += grow;
        }
        // Keep within the poles where the window allows it.
        if (n > 90 && s - (n - 90) >= -90) {
            s -= n - 90;
            n = 90;
        } else if (s < -90 && n + (-90 - s) <= 90) {
            n += -90 - s;
            s = -90;
        }
        this.west = w;
        this.north = n;
        this.width = e - w;
        this.height = n - s;
    }

    Double2D project(double lat, double lon) {
        return new Double2D(lon - west, north - lat);
    }

    double width() { return width; }
    double height() { return height; }
    double west() { return west; }
    double north() { return north; }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
