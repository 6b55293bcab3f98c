package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JPanel;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.world.Level;

/**
 * The map of one run: Natural Earth coastlines and borders ({@link WorldOutline}), each shown
 * state as a disc at its capital (colour = decision module, area = share of aggregate power),
 * ties as grey lines (wider and darker for higher levels), threats above a threshold as dashed
 * red arrows, and names placed so that they do not overlap. The wheel zooms about the pointer, a
 * drag pans, a double click fits again; a click on a state selects it. In a large world only
 * the N most powerful states (and the focal state) are drawn.
 */
final class MapPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    static final Color SEA = new Color(214, 228, 240);
    static final Color LAND = new Color(246, 244, 236);
    static final Color BORDER = new Color(190, 186, 176);
    static final Color COAST = new Color(150, 160, 170);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final transient Session session;
    private transient Projection projection;
    private Dimension fittedTo;
    private int maxShown = 20;
    private double threatThreshold = 0.25;
    private String title = "";
    private transient IntConsumer onSelect = i -> { };
    private int selected = -1;
    private final transient List<Point2D.Double> placed = new ArrayList<>();
    private final List<Integer> shownNow = new ArrayList<>();

    MapPanel(Session session) {
        this.session = session;
        setBackground(SEA);
        setPreferredSize(new Dimension(800, 420));
        MouseAdapter mouse = new MouseAdapter() {
            private Point2D.Double from;

            @Override
            public void mousePressed(MouseEvent e) {
                from = new Point2D.Double(e.getX(), e.getY());
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (from != null && projection != null) {
                    projection.pan(e.getX() - from.x, e.getY() - from.y);
                    from = new Point2D.Double(e.getX(), e.getY());
                    repaint();
                }
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    fittedTo = null;
                    repaint();
                    return;
                }
                int i = stateAt(e.getX(), e.getY());
                if (i >= 0) {
                    select(i);
                    onSelect.accept(i);
                }
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                if (projection != null) {
                    projection.zoom(Math.pow(1.15, -e.getPreciseWheelRotation()), e.getX(), e.getY());
                    repaint();
                }
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
    }

    void onSelect(IntConsumer c) {
        onSelect = c;
    }

    void select(int i) {
        selected = i;
        repaint();
    }

    void setTitle(String t) {
        title = t;
        repaint();
    }

    /** Draw only the N most powerful states (and the focal one); refits. */
    void setMaxShown(int n) {
        maxShown = n;
        fittedTo = null;
        repaint();
    }

    void setThreatThreshold(double t) {
        threatThreshold = t;
        repaint();
    }

    /** The states drawn now (focal first), most powerful first. */
    List<Integer> shown() {
        AllianceModel m = session.model();
        int n = m.scenario().states().size();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        all.sort((a, b) -> Double.compare(m.view().power(b), m.view().power(a)));
        List<Integer> out = new ArrayList<>();
        out.add(session.focal());
        for (int i : all) {
            if (out.size() >= Math.max(1, maxShown)) {
                break;
            }
            if (i != session.focal()) {
                out.add(i);
            }
        }
        return out;
    }

    private void fit() {
        var states = session.scenario().states();
        List<Integer> s = shown();
        projection = new Projection(s.stream().map(i -> states.get(i).lon()).toList(),
                s.stream().map(i -> states.get(i).lat()).toList(), getWidth(), getHeight() - 34);
        fittedTo = getSize();
    }

    private int stateAt(int x, int y) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int k = 0; k < shownNow.size() && k < placed.size(); k++) {
            double d = placed.get(k).distance(x, y);
            if (d < Math.max(14, radius(shownNow.get(k))) && d < bestD) {
                bestD = d;
                best = shownNow.get(k);
            }
        }
        return best;
    }

    private double radius(int i) {
        return (8 + 46 * Math.sqrt(Math.max(0, session.model().view().power(i)))) / 2;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        super.paintComponent(g0);
        if (!getSize().equals(fittedTo)) {
            fit();
        }
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        drawWorld(g);
        AllianceModel m = session.model();
        var states = m.scenario().states();
        List<Integer> shown = shown();
        shownNow.clear();
        shownNow.addAll(shown);
        placed.clear();
        for (int i : shown) {
            placed.add(projection.project(states.get(i).lat(), states.get(i).lon()));
        }
        // threats under ties, ties under discs
        for (int a = 0; a < shown.size(); a++) {
            for (int b = 0; b < shown.size(); b++) {
                int i = shown.get(a);
                int j = shown.get(b);
                double t = i == j ? 0 : m.view().threat(i, j);
                if (t > threatThreshold) {
                    arrow(g, placed.get(a), placed.get(b), t, radius(j));
                }
            }
        }
        List<Rectangle2D> taken = new ArrayList<>();
        for (int a = 0; a < shown.size(); a++) {
            for (int b = a + 1; b < shown.size(); b++) {
                Level l = m.ties().level(shown.get(a), shown.get(b));
                if (l == Level.NONE) {
                    continue;
                }
                g.setColor(MapStyle.tie(l));
                g.setStroke(new BasicStroke(MapStyle.tieWidth(l), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(placed.get(a), placed.get(b)));
            }
        }
        for (int a = 0; a < shown.size(); a++) {
            int i = shown.get(a);
            double r = radius(i);
            Point2D.Double p = placed.get(a);
            Color c = MapStyle.module(m.moduleName(i));
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 225));
            Ellipse2D disc = new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r);
            g.fill(disc);
            g.setColor(i == selected ? Color.BLACK : Color.DARK_GRAY);
            g.setStroke(new BasicStroke(i == selected ? 3f : 1f));
            g.draw(disc);
            taken.add(disc.getBounds2D());
        }
        tieLabels(g, shown, taken);
        g.setFont(LABEL);
        for (int a = 0; a < shown.size(); a++) {
            int i = shown.get(a);
            label(g, states.get(i).name(), placed.get(a), radius(i), taken, a < 12 || shown.size() <= 25);
        }
        legend(g, shown);
        g.setColor(MapStyle.TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 10, 20);
        g.dispose();
    }

    private void drawWorld(Graphics2D g) {
        Path2D land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Path2D borders = new Path2D.Double();
        for (WorldOutline.Line line : WorldOutline.get().lines) {
            boolean border = line.kind() == 'B';
            double[] xy = line.points();
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int k = 0; k < xy.length; k += 2) {
                min = Math.min(min, xy[k]);
                max = Math.max(max, xy[k]);
            }
            // a ring that crosses the antimeridian is drawn again a globe to the other side
            trace(border ? borders : land, xy, 0, !border);
            if (max > 180) {
                trace(border ? borders : land, xy, -360, !border);
            }
            if (min < -180) {
                trace(border ? borders : land, xy, 360, !border);
            }
        }
        g.setColor(LAND);
        g.fill(land);
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(borders);
        g.setColor(COAST);
        g.setStroke(new BasicStroke(1f));
        g.draw(land);
    }

    private void trace(Path2D path, double[] xy, double shift, boolean close) {
        for (int k = 0; k < xy.length; k += 2) {
            Point2D.Double p = projection.project(xy[k + 1], xy[k] + shift);
            if (k == 0) {
                path.moveTo(p.x, p.y);
            } else {
                path.lineTo(p.x, p.y);
            }
        }
        if (close) {
            path.closePath();
        }
    }

    private void arrow(Graphics2D g, Point2D.Double from, Point2D.Double to, double threat, double targetRadius) {
        double dx = to.x - from.x;
        double dy = to.y - from.y;
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        // offset sideways so the arrows A->B and B->A do not overlap
        double ox = -uy * 5;
        double oy = ux * 5;
        double ex = to.x - ux * (targetRadius + 4) + ox;
        double ey = to.y - uy * (targetRadius + 4) + oy;
        g.setColor(MapStyle.THREAT);
        g.setStroke(MapStyle.threatStroke(threat));
        g.draw(new Line2D.Double(from.x + ox, from.y + oy, ex, ey));
        Path2D head = new Path2D.Double();
        double s = 10 + 6 * threat;
        head.moveTo(ex, ey);
        head.lineTo(ex - ux * s - uy * s / 2, ey - uy * s + ux * s / 2);
        head.lineTo(ex - ux * s + uy * s / 2, ey - uy * s - ux * s / 2);
        head.closePath();
        g.fill(head);
    }

    /** Level and commitment at the middle of the focal state's ties. */
    private void tieLabels(Graphics2D g, List<Integer> shown, List<Rectangle2D> taken) {
        AllianceModel m = session.model();
        g.setFont(SMALL);
        int f = session.focal();
        for (int b = 1; b < shown.size(); b++) {
            int j = shown.get(b);
            Level l = m.ties().level(f, j);
            if (l == Level.NONE) {
                continue;
            }
            Point2D.Double p = placed.get(0);
            Point2D.Double q = placed.get(b);
            String text = l.label() + " " + StateReport.f(m.ties().commitment(f, j));
            FontMetrics fm = g.getFontMetrics();
            Rectangle2D box = new Rectangle2D.Double((p.x + q.x) / 2 - fm.stringWidth(text) / 2.0 - 3,
                    (p.y + q.y) / 2 - fm.getAscent() - 2, fm.stringWidth(text) + 6, fm.getHeight() + 2);
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(box);
            g.setColor(MapStyle.TEXT);
            g.drawString(text, (float) box.getX() + 3, (float) (box.getY() + fm.getAscent() + 1));
            taken.add(box);
        }
    }

    /**
     * A name beside its disc, at the first of eight places that overlaps no disc and no name
     * already placed; big states are placed first. Skipped when nowhere is free and it is not required.
     */
    private void label(Graphics2D g, String text, Point2D.Double p, double r, List<Rectangle2D> taken, boolean required) {
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text) + 4;
        double h = fm.getHeight();
        double[][] offsets = {{-w / 2, -r - h - 1}, {-w / 2, r + 1}, {r + 3, -h / 2}, {-r - w - 3, -h / 2},
            {r * 0.7, -r * 0.7 - h}, {-r * 0.7 - w, -r * 0.7 - h}, {r * 0.7, r * 0.7}, {-r * 0.7 - w, r * 0.7},
            {-w / 2, -r - 2 * h - 2}, {-w / 2, r + h + 2}};
        Rectangle2D chosen = null;
        for (double[] o : offsets) {
            Rectangle2D box = new Rectangle2D.Double(p.x + o[0], p.y + o[1], w, h);
            if (taken.stream().noneMatch(box::intersects)) {
                chosen = box;
                break;
            }
        }
        if (chosen == null) {
            if (!required) {
                return;
            }
            chosen = new Rectangle2D.Double(p.x + offsets[0][0], p.y + offsets[0][1], w, h);
        }
        taken.add(chosen);
        g.setColor(new Color(255, 255, 255, 170));
        g.fill(chosen);
        g.setColor(MapStyle.TEXT);
        g.drawString(text, (float) chosen.getX() + 2, (float) (chosen.getY() + fm.getAscent()));
    }

    /** One legend item: a swatch drawn at (x, baseline) 30 px wide, then its text. */
    private interface Swatch {
        void draw(Graphics2D g, int x, int baseline);
    }

    private record Item(Swatch swatch, String text) {
    }

    /** The legend along the bottom: theories in use, tie levels, threats; wrapped onto two lines when narrow. */
    private void legend(Graphics2D g, List<Integer> shown) {
        AllianceModel m = session.model();
        java.util.Set<String> modules = new java.util.TreeSet<>();
        for (int i : shown) {
            modules.add(m.moduleName(i));
        }
        List<Item> items = new ArrayList<>();
        for (String mod : modules) {
            items.add(new Item((gg, x, y) -> {
                gg.setColor(MapStyle.module(mod));
                gg.fillOval(x + 8, y - 10, 12, 12);
            }, mod));
        }
        for (Level l : new Level[] {Level.ALIGNMENT, Level.COALITION, Level.ALLIANCE}) {
            items.add(new Item((gg, x, y) -> {
                gg.setColor(MapStyle.tie(l));
                gg.setStroke(new BasicStroke(MapStyle.tieWidth(l), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                gg.drawLine(x, y - 4, x + 24, y - 4);
            }, l.label()));
        }
        items.add(new Item((gg, x, y) -> {
            gg.setColor(MapStyle.THREAT);
            gg.setStroke(MapStyle.threatStroke(0.4));
            gg.drawLine(x, y - 4, x + 26, y - 4);
        }, "threat above " + StateReport.f(threatThreshold)));
        items.add(new Item((gg, x, y) -> { }, "disc area = power"));
        if (shown.size() < m.scenario().states().size()) {
            items.add(new Item((gg, x, y) -> { }, "the " + shown.size() + " most powerful of "
                    + m.scenario().states().size() + " states"));
        }
        g.setFont(SMALL);
        FontMetrics fm = g.getFontMetrics();
        int total = 8;
        for (Item it : items) {
            total += 40 + fm.stringWidth(it.text());
        }
        int lines = total > getWidth() ? 2 : 1;
        int top = getHeight() - 16 * lines - 14;
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRect(0, top, getWidth(), getHeight() - top);
        int x = 8;
        int y = top + 19;
        for (Item it : items) {
            int w = 40 + fm.stringWidth(it.text());
            if (x + w > getWidth() && x > 8) {
                x = 8;
                y += 16;
            }
            it.swatch().draw(g, x, y);
            g.setColor(MapStyle.TEXT);
            g.drawString(it.text(), x + 30, y);
            x += w;
        }
    }
}
