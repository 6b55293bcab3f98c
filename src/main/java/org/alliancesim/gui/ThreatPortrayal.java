package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a perceived threat as a dashed red arrow from the threatened state to the one it fears,
 * wider for a greater threat. It runs a little to the side of the straight line, so the two
 * directions of a pair and the tie between them stay apart, and stops at the target's disc.
 */
final class ThreatPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final double OFFSET_PX = 9;
    private static final double HEAD_PX = 13;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Edge edge = (Edge) object;
        double threat = (Double) edge.info;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        double dx = e.secondPoint.x - e.draw.x;
        double dy = e.secondPoint.y - e.draw.y;
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        // offset to the right of the direction of travel
        double ox = -uy * OFFSET_PX;
        double oy = ux * OFFSET_PX;
        double fromR = radius((StateNode) edge.getFrom(), info);
        double toR = radius((StateNode) edge.getTo(), info) + 2;
        double sx = e.draw.x + ox + ux * fromR;
        double sy = e.draw.y + oy + uy * fromR;
        double tx = e.secondPoint.x + ox - ux * toR;
        double ty = e.secondPoint.y + oy - uy * toR;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(MapStyle.THREAT);
        g.setStroke(MapStyle.threatStroke(threat));
        g.draw(new Line2D.Double(sx, sy, tx - ux * HEAD_PX * 0.8, ty - uy * HEAD_PX * 0.8));
        g.setStroke(new BasicStroke(1f));
        g.fill(head(tx, ty, ux, uy));
    }

    private static double radius(StateNode node, DrawInfo2D info) {
        return MapStyle.diameter(node.power(), node.mapWidth()) * info.draw.width / 2;
    }

    private static Path2D head(double tx, double ty, double ux, double uy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(tx, ty);
        p.lineTo(tx - ux * HEAD_PX - uy * HEAD_PX * 0.5, ty - uy * HEAD_PX + ux * HEAD_PX * 0.5);
        p.lineTo(tx - ux * HEAD_PX + uy * HEAD_PX * 0.5, ty - uy * HEAD_PX - ux * HEAD_PX * 0.5);
        p.closePath();
        return p;
    }

    /** Not clickable: a double-click on a state opens that state's inspector, not its lines'. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
