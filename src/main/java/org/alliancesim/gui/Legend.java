package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.function.Supplier;
import org.alliancesim.world.Level;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The map's key, drawn over the bottom-left corner of the visible map so it is in every view and
 * screenshot: what disc colour, disc size, tie lines and threat arrows mean ({@link MapStyle}).
 */
final class Legend extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final int ROW = 19;
    private static final int WIDTH = 360;
    private final transient Supplier<List<String>> modules;
    private final transient Supplier<Double> threshold;

    /**
     * @param modules the decision modules in use (one colour each)
     * @param threshold the threat above which arrows are drawn
     */
    Legend(Supplier<List<String>> modules, Supplier<Double> threshold) {
        this.modules = modules;
        this.threshold = threshold;
        setField(this);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        List<String> used = modules.get();
        int rows = used.size() + 6;
        int height = rows * ROW + 14;
        double x = info.clip.x + 10;
        double y = info.clip.y + info.clip.height - height - 10;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new Color(255, 255, 255, 235));
        g.fill(new RoundRectangle2D.Double(x, y, WIDTH, height, 10, 10));
        g.setPaint(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x, y, WIDTH, height, 10, 10));
        double tx = x + 44;
        double cy = y + 8 + ROW / 2.0;
        text(g, "Disc colour: the state's decision module", x + 10, cy, true);
        for (String m : used) {
            cy += ROW;
            g.setPaint(MapStyle.module(m));
            g.fill(new Ellipse2D.Double(x + 20, cy - 6, 12, 12));
            text(g, m, tx, cy, false);
        }
        cy += ROW;
        g.setPaint(Color.GRAY);
        g.draw(new Ellipse2D.Double(x + 14, cy - 8, 16, 16));
        g.draw(new Ellipse2D.Double(x + 19, cy - 3, 6, 6));
        text(g, "Disc area: aggregate power", tx, cy, false);
        for (Level l : Level.values()) {
            if (l == Level.NONE) {
                continue;
            }
            cy += ROW;
            g.setPaint(MapStyle.tie(l));
            g.setStroke(new BasicStroke(MapStyle.tieWidth(l), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x + 10, cy, x + 38, cy));
            text(g, "Tie: " + l.label(), tx, cy, false);
        }
        cy += ROW;
        g.setPaint(MapStyle.THREAT);
        g.setStroke(MapStyle.threatStroke(0.5));
        g.draw(new Line2D.Double(x + 10, cy, x + 36, cy));
        text(g, "A \u2192 B: A perceives a threat from B (> " + StateReport.f(threshold.get()) + ")", tx, cy, false);
    }

    private static void text(Graphics2D g, String s, double x, double centreY, boolean bold) {
        g.setFont(bold ? MapStyle.SMALL.deriveFont(java.awt.Font.BOLD) : MapStyle.SMALL);
        g.setPaint(MapStyle.TEXT);
        g.drawString(s, (float) x, (float) (centreY + g.getFontMetrics().getAscent() / 2.0 - 2));
    }
}
