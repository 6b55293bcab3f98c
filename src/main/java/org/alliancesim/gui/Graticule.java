package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The map's background: the globe's extent and a faint graticule every 30 degrees, labelled, so
 * the positions read as geography without drawing coastlines.
 */
final class Graticule extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final int STEP = 30;
    private final transient MapProjection map;

    Graticule(MapProjection map) {
        this.map = map;
        setField(map);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double sx = info.draw.width / map.width();
        double sy = info.draw.height / map.height();
        double x0 = info.draw.x;
        double y0 = info.draw.y;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(MapStyle.BACKGROUND);
        g.fill(info.draw);
        double left = x0 + (-180 - map.west()) * sx;
        double top = y0 + (map.north() - 90) * sy;
        g.setPaint(MapStyle.GLOBE);
        g.fill(new Rectangle2D.Double(left, top, 360 * sx, 180 * sy));
        g.setStroke(new BasicStroke(1f));
        g.setFont(MapStyle.SMALL);
        for (int lon = -180; lon <= 180; lon += STEP) {
            double x = x0 + (lon - map.west()) * sx;
            g.setPaint(MapStyle.GRID);
            g.draw(new Line2D.Double(x, top, x, top + 180 * sy));
            g.setPaint(MapStyle.GRID.darker());
            g.drawString(degrees(lon, "E", "W"), (float) x + 3, (float) (info.draw.y + info.draw.height - 4));
        }
        for (int lat = -90; lat <= 90; lat += STEP) {
            double y = y0 + (map.north() - lat) * sy;
            g.setPaint(MapStyle.GRID);
            g.draw(new Line2D.Double(left, y, left + 360 * sx, y));
            if (y > info.draw.y + info.draw.height - 20) {
                continue; // clear of the longitude labels
            }
            g.setPaint(MapStyle.GRID.darker());
            g.drawString(degrees(lat, "N", "S"), (float) (info.draw.x + info.draw.width - 40), (float) y - 3);
        }
    }

    private static String degrees(int v, String positive, String negative) {
        return v == 0 ? "0\u00b0" : String.format(Locale.ROOT, "%d\u00b0%s", Math.abs(v), v > 0 ? positive : negative);
    }
}
