package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A figure of small multiples: a title and notes in words (wrapped, never cut off), a grid of
 * panels (each a JFreeChart without its own legend) and one legend for them all. Its height never
 * exceeds {@link #MAX_HEIGHT}, about a page: callers choose how many panels fit with
 * {@link #rowsThatFit(int, int)} and say in a note what was left out.
 */
public final class PanelGrid {
    /** No figure is taller than this (pixels): about an A4 page at the widths used here. */
    public static final int MAX_HEIGHT = 1600;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final int MARGIN = 12;
    private static final int LEGEND_ROW = 24;

    /** One legend entry: a line sample (a band behind it when {@code band}), a marker shape or both. */
    public record Key(String label, Paint paint, Stroke stroke, boolean band, Shape shape) {
        public static Key line(String label, Paint paint, Stroke stroke) {
            return new Key(label, paint, stroke, false, null);
        }

        public static Key banded(String label, Paint paint, Stroke stroke) {
            return new Key(label, paint, stroke, true, null);
        }

        /** A solid square of colour, for bars. */
        public static Key swatch(String label, Paint paint) {
            return new Key(label, paint, null, true, null);
        }
    }

    private final String title;
    private final List<String> notes;
    private final List<JFreeChart> panels;
    private final int columns;
    private final int panelWidth;
    private final int panelHeight;
    private final List<Key> keys;

    public PanelGrid(String title, List<String> notes, List<JFreeChart> panels, int columns, int panelWidth,
                     int panelHeight, List<Key> keys) {
        this.title = title;
        this.notes = List.copyOf(notes);
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, Math.min(columns, Math.max(1, panels.size())));
        this.panelWidth = panelWidth;
        this.panelHeight = panelHeight;
        this.keys = List.copyOf(keys);
    }

    /** How many rows of {@code panelHeight} fit under a header and a legend of the usual size. */
    public static int rowsThatFit(int panelHeight, int headerLines) {
        int chrome = 2 * MARGIN + 30 + 20 * headerLines + 3 * LEGEND_ROW;
        return Math.max(1, (MAX_HEIGHT - chrome) / panelHeight);
    }

    public int width() {
        return columns * panelWidth + 2 * MARGIN;
    }

    private int rows() {
        return Math.max(1, (panels.size() + columns - 1) / columns);
    }

    public int height() {
        Graphics2D g = scratch();
        try {
            int h = header(g, false) + rows() * rowHeight(g) + legend(g, 0, false) + MARGIN;
            return Math.min(MAX_HEIGHT, h);
        } finally {
            g.dispose();
        }
    }

    /**
     * The height of a row of panels: as asked, or less when notes longer than the caller expected
     * would push the figure past {@link #MAX_HEIGHT} (never below 120 pixels).
     */
    private int rowHeight(Graphics2D g) {
        int room = MAX_HEIGHT - header(g, false) - legend(g, 0, false) - MARGIN;
        return Math.max(120, Math.min(panelHeight, room / rows()));
    }

    /** Draws the whole figure at the origin. */
    public void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        int top = header(g, true);
        int rowHeight = rowHeight(g);
        for (int n = 0; n < panels.size(); n++) {
            JFreeChart c = panels.get(n);
            c.setBackgroundPaint(Color.WHITE);
            c.removeLegend();
            c.setPadding(new org.jfree.ui.RectangleInsets(2, 2, 2, 14)); // room for the last tick's label
            Rectangle r = new Rectangle(MARGIN + (n % columns) * panelWidth, top + (n / columns) * rowHeight,
                    panelWidth, rowHeight);
            AffineTransform saved = g.getTransform();
            c.draw(g, r);
            g.setTransform(saved);
            g.setClip(null);
        }
        legend(g, top + rows() * rowHeight, true);
    }

    public BufferedImage image() {
        BufferedImage img = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    public void savePng(Path png) throws IOException {
        PngFile.write(image(), png);
    }

    public void save(Path png, Path svg) throws IOException {
        savePng(png);
        SVGGraphics2D g = SvgFile.graphics(width(), height());
        draw(g);
        SvgFile.write(g, svg);
    }

    /** The title and notes, wrapped to the width; returns the y below them. */
    private int header(Graphics2D g, boolean paint) {
        int y = MARGIN;
        int w = width() - 2 * MARGIN;
        g.setFont(TITLE);
        for (String line : wrap(title, g.getFontMetrics(), w)) {
            y += g.getFontMetrics().getAscent();
            if (paint) {
                g.setPaint(Color.BLACK);
                g.drawString(line, MARGIN, y);
            }
            y += g.getFontMetrics().getDescent() + 2;
        }
        g.setFont(NOTE);
        for (String note : notes) {
            for (String line : wrap(note, g.getFontMetrics(), w)) {
                y += g.getFontMetrics().getAscent();
                if (paint) {
                    g.setPaint(new Color(60, 60, 60));
                    g.drawString(line, MARGIN, y);
                }
                y += g.getFontMetrics().getDescent() + 1;
            }
        }
        return y + 6;
    }

    /** The one legend, centred, wrapped into rows; returns its height. */
    private int legend(Graphics2D g, int top, boolean paint) {
        if (keys.isEmpty()) {
            return 0;
        }
        g.setFont(KEY);
        FontMetrics fm = g.getFontMetrics();
        int sample = 34;
        List<List<Key>> rows = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        int rowWidth = 0;
        int max = width() - 2 * MARGIN;
        for (Key k : keys) {
            int kw = sample + 6 + fm.stringWidth(k.label()) + 22;
            if (!row.isEmpty() && rowWidth + kw > max) {
                rows.add(row);
                widths.add(rowWidth);
                row = new ArrayList<>();
                rowWidth = 0;
            }
            row.add(k);
            rowWidth += kw;
        }
        rows.add(row);
        widths.add(rowWidth);
        if (paint) {
            for (int r = 0; r < rows.size(); r++) {
                int x = (width() - widths.get(r)) / 2;
                int cy = top + 8 + r * LEGEND_ROW + LEGEND_ROW / 2;
                for (Key k : rows.get(r)) {
                    if (k.band() && k.stroke() == null && k.shape() == null) {
                        g.setPaint(k.paint());
                        g.fillRect(x + sample / 2 - 7, cy - 7, 14, 14);
                    } else if (k.band()) {
                        g.setPaint(translucent(k.paint()));
                        g.fillRect(x, cy - 7, sample, 14);
                    }
                    if (k.stroke() != null) {
                        g.setPaint(k.paint());
                        g.setStroke(k.stroke());
                        g.draw(new Line2D.Double(x, cy, x + sample, cy));
                    }
                    if (k.shape() != null) {
                        g.setPaint(k.paint());
                        g.setStroke(new BasicStroke(1.5f));
                        AffineTransform saved = g.getTransform();
                        g.translate(x + sample / 2.0, cy);
                        g.draw(k.shape());
                        g.setTransform(saved);
                    }
                    g.setPaint(Color.BLACK);
                    g.drawString(k.label(), x + sample + 6, cy + fm.getAscent() / 2 - 1);
                    x += sample + 6 + fm.stringWidth(k.label()) + 22;
                }
            }
        }
        return 8 + rows.size() * LEGEND_ROW + 4;
    }

    static Paint translucent(Paint p) {
        if (p instanceof Color c) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), 90);
        }
        return p;
    }

    /** Splits text into lines no wider than {@code width}, at spaces. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fm.stringWidth(tried) > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private static Graphics2D scratch() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    }
}
