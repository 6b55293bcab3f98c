package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import org.alliancesim.world.Level;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** Draws a tie: the thicker and darker, the higher its level; labelled with level and commitment. */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final double LABEL_OFFSET_PX = 16;

    /** What a tie edge carries. */
    record Tie(Level level, double commitment) {
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Tie tie = (Tie) ((Edge) object).info;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(MapStyle.tie(tie.level()));
        g.setStroke(new BasicStroke(MapStyle.tieWidth(tie.level()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
        String text = tie.level().label() + " " + StateReport.f(tie.commitment());
        g.setFont(MapStyle.SMALL);
        FontMetrics fm = g.getFontMetrics();
        // the label sits beside the middle of the line, on its upper side, clear of the line itself
        double dx = e.secondPoint.x - e.draw.x;
        double dy = e.secondPoint.y - e.draw.y;
        double len = Math.max(1, Math.hypot(dx, dy));
        double side = dx / len >= 0 ? 1 : -1;
        double mx = (e.draw.x + e.secondPoint.x) / 2 + side * dy / len * LABEL_OFFSET_PX;
        double my = (e.draw.y + e.secondPoint.y) / 2 - side * dx / len * LABEL_OFFSET_PX + fm.getAscent() / 2.0;
        int w = fm.stringWidth(text);
        g.setPaint(new Color(255, 255, 255, 225));
        g.fillRoundRect((int) (mx - w / 2.0) - 3, (int) my - fm.getAscent(), w + 6, fm.getHeight(), 6, 6);
        g.setPaint(MapStyle.TEXT);
        g.drawString(text, (float) (mx - w / 2.0), (float) my);
    }

    /** Not clickable: a double-click on a state opens that state's inspector, not its lines'. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
