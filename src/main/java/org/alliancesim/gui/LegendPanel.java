package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JPanel;
import org.alliancesim.world.Level;

/**
 * The map's key, in a strip under the map so it never hides a state: what disc colour, disc
 * size, tie lines and threat arrows mean ({@link MapStyle}). Items flow left to right and wrap.
 */
final class LegendPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int ROW = 22;
    private static final int SWATCH = 34;
    private static final int GAP = 22;
    /** Room for three rows of items. */
    static final int HEIGHT = 3 * ROW + 10;
    private final transient Supplier<List<String>> modules;
    private final transient Supplier<Double> threshold;

    /**
     * @param modules the decision modules in use (one colour each)
     * @param threshold the threat above which arrows are drawn
     */
    LegendPanel(Supplier<List<String>> modules, Supplier<Double> threshold) {
        this.modules = modules;
        this.threshold = threshold;
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(400, HEIGHT));
    }

    private interface Swatch {
        void draw(Graphics2D g, double x, double cy);
    }

    private record Item(Swatch swatch, String text, boolean bold) {
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(new Item(null, "Disc colour = decision module:", true));
        for (String m : modules.get()) {
            items.add(new Item((g, x, cy) -> {
                g.setPaint(MapStyle.module(m));
                g.fill(new Ellipse2D.Double(x + 10, cy - 7, 14, 14));
            }, m, false));
        }
        items.add(new Item((g, x, cy) -> {
            g.setPaint(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double(x + 8, cy - 9, 18, 18));
            g.draw(new Ellipse2D.Double(x + 14, cy - 3, 6, 6));
        }, "disc area = aggregate power", true));
        for (Level l : Level.values()) {
            if (l != Level.NONE) {
                items.add(new Item((g, x, cy) -> {
                    g.setPaint(MapStyle.tie(l));
                    g.setStroke(new BasicStroke(MapStyle.tieWidth(l), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(x + 2, cy, x + SWATCH - 4, cy));
                }, "tie: " + l.label(), false));
            }
        }
        items.add(new Item((g, x, cy) -> {
            g.setPaint(MapStyle.THREAT);
            g.setStroke(MapStyle.threatStroke(0.5));
            g.draw(new Line2D.Double(x + 2, cy, x + SWATCH - 4, cy));
        }, "A \u2192 B: A perceives a threat from B above " + StateReport.f(threshold.get()), false));
        return items;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double x = 8;
        double cy = 5 + ROW / 2.0;
        for (Item item : items()) {
            Font font = item.bold() ? MapStyle.SMALL.deriveFont(Font.BOLD) : MapStyle.SMALL;
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            double w = (item.swatch() == null ? 0 : SWATCH) + fm.stringWidth(item.text()) + GAP;
            if (x + w > getWidth() && x > 8) {
                x = 8;
                cy += ROW;
            }
            if (item.swatch() != null) {
                item.swatch().draw(g, x, cy);
                x += SWATCH;
            }
            g.setFont(font);
            g.setPaint(MapStyle.TEXT);
            g.drawString(item.text(), (float) x, (float) (cy + fm.getAscent() / 2.0 - 2));
            x += fm.stringWidth(item.text()) + GAP;
        }
    }
}
