package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a state as a disc coloured by its decision module, sized by its aggregate power, with its
 * name beneath (or above, clear of its ties); double-clicking it opens a {@link StateInspector}.
 */
final class StatePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Disc of a node in pixels, given the field's pixels per degree (info.draw.width). */
    static Ellipse2D.Double disc(StateNode node, DrawInfo2D info) {
        double d = MapStyle.diameter(node.power(), node.mapWidth()) * info.draw.width;
        return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        StateNode node = (StateNode) object;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Ellipse2D.Double disc = disc(node, info);
        Color c = MapStyle.module(node.module());
        g.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), 225));
        g.fill(disc);
        g.setPaint(info.selected ? Color.BLACK : c.darker());
        g.setStroke(new BasicStroke(info.selected ? 4f : 1.5f));
        g.draw(disc);
        g.setFont(MapStyle.LABEL);
        double y = node.labelAbove() ? disc.y - 4 - g.getFontMetrics().getHeight() : disc.y + disc.height + 4;
        label(g, node.name(), info.draw.x, y, MapStyle.LABEL, MapStyle.TEXT);
    }

    /** Draws centred text on a light halo, returning the y below it. */
    private static double label(Graphics2D g, String text, double cx, double top, java.awt.Font font, Color color) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        float x = (float) (cx - fm.stringWidth(text) / 2.0);
        float base = (float) (top + fm.getAscent());
        g.setPaint(new Color(255, 255, 255, 200));
        g.fillRoundRect((int) x - 3, (int) top, fm.stringWidth(text) + 6, fm.getHeight(), 6, 6);
        g.setPaint(color);
        g.drawString(text, x, base);
        return top + fm.getHeight();
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return disc((StateNode) object, range).intersects(range.clip.x, range.clip.y, range.clip.width,
                range.clip.height);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new StateInspector((StateNode) wrapper.getObject());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return ((StateNode) wrapper.getObject()).name();
    }
}
