package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;

/**
 * The two live charts of a run: the commitment of the focal state's ties (with the level
 * thresholds drawn and named, and, for the chosen partner, both sides' desires dashed), and the
 * threat the focal state perceives. The time axis spans the scenario from the start and reads in
 * its unit; shocks and scheduled events are vertical markers. In a large world only the strongest
 * ties are drawn.
 */
final class Charts {
    static final Color[] PARTNER = {new Color(27, 158, 119), new Color(217, 95, 2),
        new Color(117, 112, 179), new Color(231, 41, 138), new Color(102, 166, 30), new Color(230, 171, 2),
        new Color(166, 118, 29), new Color(102, 102, 102)};
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final int MAX_LINES = 6;

    final ChartPanel ties;
    final ChartPanel threat;
    private final XYSeriesCollection tieData = new XYSeriesCollection();
    private final XYSeriesCollection threatData = new XYSeriesCollection();
    private final List<ValueMarker> eventMarkers = new ArrayList<>();
    private final Session session;
    private final DateFormat dates;

    Charts(Session session) {
        this.session = session;
        Scenario s = session.scenario();
        dates = new DateFormat(s.time());
        String name = s.states().get(session.focal()).name();
        ties = panel(chart(name + "'s ties: commitment and desire", "commitment", tieData));
        threat = panel(chart("Threat " + name + " perceives", "perceived threat", threatData));
        XYPlot plot = ties.getChart().getXYPlot();
        plot.getRangeAxis().setRange(0, 1.0);
        TieParams tp = s.parameters().ties();
        for (Level l : new Level[] {Level.ALIGNMENT, Level.COALITION, Level.ALLIANCE}) {
            ValueMarker m = new ValueMarker(tp.threshold(l), new Color(120, 120, 120),
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
            m.setLabel(l.label() + " " + EventWords.num(tp.threshold(l)));
            m.setLabelFont(SMALL);
            m.setLabelPaint(new Color(90, 90, 90));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m, Layer.BACKGROUND);
        }
        threat.getChart().getXYPlot().getRangeAxis().setRange(0, 1.0);
    }

    private JFreeChart chart(String title, String yLabel, XYSeriesCollection data) {
        NumberAxis x = new NumberAxis(null);
        var t = session.scenario().time();
        x.setRange(t.year(0), t.year(Math.max(1, session.lastStep() - 1)));
        x.setNumberFormatOverride(dates);
        x.setTickUnit(new NumberTickUnit(niceYears(session.lastStep() / (double) t.unit().perYear() / 6)));
        x.setTickLabelFont(SMALL);
        NumberAxis y = new NumberAxis(yLabel);
        y.setTickLabelFont(SMALL);
        y.setLabelFont(SMALL);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // so dashes run along a noisy line instead of restarting at every step
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        JFreeChart c = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        LegendTitle legend = c.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(SMALL);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50... years at least {@code years}. */
    static double niceYears(double years) {
        for (double unit = 1; ; unit *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                if (unit * m >= years) {
                    return unit * m;
                }
            }
        }
    }

    private static ChartPanel panel(JFreeChart c) {
        ChartPanel p = new ChartPanel(c, false, false, false, false, false);
        p.setMouseZoomable(false);
        p.setPopupMenu(null);
        p.setMinimumDrawWidth(200);
        p.setMinimumDrawHeight(150);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(3000);
        return p;
    }

    /**
     * Redraws from the session's history: the focal state's {@link #MAX_LINES} strongest ties (all
     * of them in a small world), and for {@code partner} both desires.
     */
    void refresh(int partner) {
        var s = session.scenario();
        var states = s.states();
        int f = session.focal();
        List<double[][]> h = session.history();
        List<Integer> shown = strongest(h, f, states.size());
        if (partner >= 0 && partner != f && !shown.contains(partner)) {
            shown.set(shown.size() - 1, partner);
        }
        tieData.removeAllSeries();
        threatData.removeAllSeries();
        XYLineAndShapeRenderer tr = (XYLineAndShapeRenderer) ties.getChart().getXYPlot().getRenderer();
        XYLineAndShapeRenderer hr = (XYLineAndShapeRenderer) threat.getChart().getXYPlot().getRenderer();
        int k = 0;
        for (int j : shown) {
            Color c = colour(j, f);
            tr.setSeriesPaint(k, c);
            tr.setSeriesStroke(k, new BasicStroke(2.5f));
            hr.setSeriesPaint(k, c);
            hr.setSeriesStroke(k, new BasicStroke(2.5f));
            tieData.addSeries(series(states.get(f).name() + "\u2013" + states.get(j).name(), h, 0, j));
            threatData.addSeries(series("from " + states.get(j).name(), h, 1, j));
            k++;
        }
        if (partner >= 0 && partner != f) {
            Color c = colour(partner, f);
            tr.setSeriesPaint(k, c);
            tr.setSeriesStroke(k, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {7f, 4f}, 0f));
            tieData.addSeries(series(states.get(f).name() + "'s desire", h, 2, partner));
            tr.setSeriesPaint(k + 1, c.darker());
            tr.setSeriesStroke(k + 1, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10f,
                    new float[] {1.5f, 3.5f}, 0f));
            tieData.addSeries(series(states.get(partner).name() + "'s desire", h, 3, partner));
        }
        refreshMarkers();
        // past the scenario's end (the teacher let it run on) the time axis grows with the run
        var t = s.time();
        double end = t.year(Math.max(Math.max(1, session.lastStep() - 1), h.size() - 1));
        for (ChartPanel p : new ChartPanel[] {ties, threat}) {
            var axis = p.getChart().getXYPlot().getDomainAxis();
            if (axis.getUpperBound() != end) {
                axis.setRange(t.year(0), end);
            }
        }
    }

    /** A partner keeps its colour whatever is shown: the colour of its index among the others. */
    static Color colour(int j, int focal) {
        int k = j < focal ? j : j - 1;
        return PARTNER[k % PARTNER.length];
    }

    /** The focal state's partners, strongest tie now first (all, in order, when few). */
    private static List<Integer> strongest(List<double[][]> h, int f, int n) {
        List<Integer> all = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (j != f) {
                all.add(j);
            }
        }
        if (all.size() <= MAX_LINES || h.isEmpty()) {
            return new ArrayList<>(all.subList(0, Math.min(all.size(), MAX_LINES)));
        }
        double[][] last = h.get(h.size() - 1);
        all.sort(Comparator.comparingDouble((Integer j) -> -Math.max(last[0][j], last[1][j])).thenComparing(j -> j));
        List<Integer> top = new ArrayList<>(all.subList(0, MAX_LINES));
        top.sort(null);
        return top;
    }

    private XYSeries series(String name, List<double[][]> h, int q, int j) {
        XYSeries s = new XYSeries(name, false, true);
        var t = session.scenario().time();
        for (int step = 0; step < h.size(); step++) {
            s.add(t.year(step), h.get(step)[q][j], false);
        }
        return s;
    }

    private void refreshMarkers() {
        for (ValueMarker m : eventMarkers) {
            ties.getChart().getXYPlot().removeDomainMarker(m);
            threat.getChart().getXYPlot().removeDomainMarker(m);
        }
        eventMarkers.clear();
        var t = session.scenario().time();
        // one marker per step: several events at a step (one shock's, or two fired together) share it
        java.util.Map<Integer, java.util.LinkedHashSet<String>> labels = new java.util.TreeMap<>();
        java.util.Map<Integer, Boolean> shock = new java.util.HashMap<>();
        for (EventLog.Entry e : session.log().markers()) {
            labels.computeIfAbsent(e.step(), k -> new java.util.LinkedHashSet<>()).add(e.marker());
            shock.merge(e.step(), e.kind() == EventLog.Kind.SHOCK, Boolean::logicalOr);
        }
        for (var at : labels.entrySet()) {
            Color c = shock.get(at.getKey()) ? new Color(200, 30, 30) : new Color(60, 90, 160);
            for (ChartPanel p : new ChartPanel[] {ties, threat}) {
                ValueMarker m = new ValueMarker(t.year(at.getKey()), c, new BasicStroke(1.5f));
                m.setLabel(String.join("+", at.getValue()));
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                m.setLabelPaint(c);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                p.getChart().getXYPlot().addDomainMarker(m);
                eventMarkers.add(m);
            }
        }
    }

    /** The labels of the markers drawn now (for tests and the screenshot report). */
    List<String> markerLabels() {
        List<String> out = new ArrayList<>();
        var t = session.scenario().time();
        var drawn = ties.getChart().getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        for (Object o : drawn == null ? List.of() : drawn) {
            ValueMarker m = (ValueMarker) o;
            out.add(m.getLabel() + "@" + t.label(dates.step(m.getValue())));
        }
        return out;
    }
}
