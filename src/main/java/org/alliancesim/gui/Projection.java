package org.alliancesim.gui;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * The map's projection: equirectangular with its standard parallel at the middle of the shown
 * states (so a regional map is not stretched east-west), fitted to their capitals with a margin
 * and to the panel's shape; zoom and pan scale and move it about a point.
 */
final class Projection {
    private final double lon0;
    private final double lat0;
    private final double cos;
    private double scale;
    private double cx;
    private double cy;

    /**
     * @param lons, lats the capitals to fit
     * @param width, height the panel in pixels
     */
    Projection(List<Double> lons, List<Double> lats, int width, int height) {
        double w = lons.stream().mapToDouble(Double::doubleValue).min().orElse(-180);
        double e = lons.stream().mapToDouble(Double::doubleValue).max().orElse(180);
        double s = lats.stream().mapToDouble(Double::doubleValue).min().orElse(-60);
        double n = lats.stream().mapToDouble(Double::doubleValue).max().orElse(80);
        double margin = Math.max(6, 0.2 * Math.max(e - w, n - s));
        w -= margin;
        e += margin;
        s = Math.max(-80, s - margin);
        n = Math.min(85, n + margin);
        lon0 = (w + e) / 2;
        lat0 = (s + n) / 2;
        cos = Math.max(0.35, Math.cos(Math.toRadians(lat0)));
        double spanX = (e - w) * cos;
        double spanY = n - s;
        scale = Math.min(width / spanX, height / spanY);
        cx = width / 2.0;
        cy = height / 2.0;
    }

    Point2D.Double project(double lat, double lon) {
        return new Point2D.Double(cx + (lon - lon0) * cos * scale, cy - (lat - lat0) * scale);
    }

    /** Zooms by {@code factor} about the pixel (px, py), which stays where it is. */
    void zoom(double factor, double px, double py) {
        cx = px + (cx - px) * factor;
        cy = py + (cy - py) * factor;
        scale *= factor;
    }

    void pan(double dx, double dy) {
        cx += dx;
        cy += dy;
    }

    /** Pixels per degree of latitude. */
    double scale() {
        return scale;
    }
}
