package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.alliancesim.experiment.stats.KaplanMeier;
import org.alliancesim.scenario.TimeSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code survival.png/svg}: Kaplan–Meier curves of the focal ties in years since each first
 * stood, one panel per focal pair that ever formed, one step curve per theory (its own colour and
 * dash) with its 95% band (log-log Greenwood) and a tick where runs were censored (still standing
 * at the end). A dashed line marks one half: where a curve crosses it is the median survival.
 * Pairs that never formed get no panel but a note; with more pairs than fit on a page, those that
 * formed most often are shown and a note says so.
 */
public final class SurvivalChart {
    static final int PANEL_WIDTH = 560;
    static final int PANEL_HEIGHT = 250;
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}, {14f, 4f}};

    private SurvivalChart() {
    }

    public static PanelGrid build(SurvivalTable table, TimeSpec time, String title) {
        double perYear = 1 / (time.year(1) - time.year(0));
        List<String> notes = new ArrayList<>();
        notes.add("Share of runs in which the tie still stands, by years since it first stood (Kaplan–Meier; band: 95% "
                + "interval; ticks: runs censored, the tie still standing when the run ended). Dashed grey: one half.");
        List<Integer> formed = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (int p = 0; p < table.pairs().size(); p++) {
            long ties = 0;
            for (String t : table.theories()) {
                ties += table.estimate(t, p).size();
            }
            if (ties > 0) {
                formed.add(p);
            } else {
                never.add(Titles.pair(table.pairs().get(p)));
            }
        }
        if (!never.isEmpty()) {
            notes.add(never.size() <= 12 ? "Never formed in any run, so no curve: " + String.join(", ", never) + "."
                    : Plural.of(never.size(), "focal tie") + " never formed in any run, so have no curve.");
        }
        int columns = formed.size() > 1 ? 2 : 1;
        int fit = PanelGrid.rowsThatFit(PANEL_HEIGHT, notes.size() + 2) * columns;
        List<Integer> shown = formed;
        if (formed.size() > fit) {
            shown = formed.stream().sorted((a, b) -> Long.compare(ties(table, b), ties(table, a))).limit(fit).sorted().toList();
            notes.add("Showing the " + fit + " ties that formed in most runs, of " + formed.size()
                    + " that formed; survival.csv has all.");
        }
        for (String t : table.theories()) {
            List<String> absent = new ArrayList<>();
            for (int p : shown) {
                if (table.estimate(t, p).size() == 0) {
                    absent.add(Titles.pair(table.pairs().get(p)));
                }
            }
            if (!absent.isEmpty()) {
                notes.add("Under " + Titles.theory(t) + " never formed: " + String.join(", ", absent) + ".");
            }
        }
        List<JFreeChart> panels = new ArrayList<>();
        for (int n = 0; n < shown.size(); n++) {
            panels.add(panel(table, shown.get(n), perYear, n >= shown.size() - columns));
        }
        List<PanelGrid.Key> keys = new ArrayList<>();
        for (int t = 0; t < table.theories().size(); t++) {
            keys.add(PanelGrid.Key.banded(Titles.theory(table.theories().get(t)), TheoryColors.of(table.theories().get(t)),
                    stroke(t)));
        }
        keys.add(new PanelGrid.Key("censored", Color.DARK_GRAY, null, false, tick()));
        return new PanelGrid(title, notes, panels, columns, PANEL_WIDTH, PANEL_HEIGHT, keys);
    }

    private static long ties(SurvivalTable table, int p) {
        long n = 0;
        for (String t : table.theories()) {
            n += table.estimate(t, p).size();
        }
        return n;
    }

    static Stroke stroke(int theory) {
        float[] dash = DASHES[theory % DASHES.length];
        return dash == null ? new BasicStroke(2.2f)
                : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    static Shape tick() {
        return new Line2D.Double(0, -5, 0, 5);
    }

    private static JFreeChart panel(SurvivalTable table, int p, double perYear, boolean xLabel) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        XYSeriesCollection censored = new XYSeriesCollection();
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        StringBuilder counts = new StringBuilder();
        int series = 0;
        for (String theory : table.theories()) {
            KaplanMeier km = table.estimate(theory, p);
            YIntervalSeries ys = new YIntervalSeries(theory, false, true);
            XYSeries cs = new XYSeries(theory + " censored", false, true);
            double s = 1;
            double lo = 1;
            double hi = 1;
            if (km.size() > 0) {
                ys.add(0, 1, 1, 1);
            }
            int last = 0;
            for (KaplanMeier.Row r : km.estimate()) {
                double x = r.time() / perYear;
                if (r.time() > 0) {
                    ys.add(x, s, lo, hi);
                }
                s = r.survival();
                lo = r.low();
                hi = r.high();
                ys.add(x, s, lo, hi);
                if (r.censored() > 0) {
                    cs.add(x, s);
                }
                last = r.time();
            }
            if (km.size() > 0 && last < table.steps()) {
                ys.add(last / perYear, s, lo, hi);
            }
            data.addSeries(ys);
            censored.addSeries(cs);
            Color c = TheoryColors.of(theory);
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, c);
            renderer.setSeriesStroke(series, stroke(series));
            marks.setSeriesPaint(series, c.darker());
            marks.setSeriesShape(series, tick());
            marks.setSeriesShapesFilled(series, false);
            marks.setSeriesStroke(series, new BasicStroke(1.3f));
            counts.append(counts.length() == 0 ? "" : "; ").append(Titles.theory(theory)).append(": ")
                    .append(km.size() == 0 ? "never formed" : km.eventCount() + " of " + km.size() + " ended");
            series++;
        }
        renderer.setAlpha(0.22f);
        NumberAxis x = new NumberAxis(xLabel ? "years since the tie first stood" : null);
        x.setRange(0, table.steps() / perYear);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setLabelFont(Charts.LABEL);
        x.setTickLabelFont(Charts.TICK);
        NumberAxis y = new NumberAxis("share standing");
        y.setRange(0, 1.02);
        y.setTickUnit(new NumberTickUnit(0.25));
        y.setLabelFont(Charts.LABEL);
        y.setTickLabelFont(Charts.TICK);
        XYPlot plot = new XYPlot(censored, x, y, marks);
        plot.setDataset(1, data);
        plot.setRenderer(1, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(180, 180, 180));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.addRangeMarker(new ValueMarker(0.5, Color.GRAY, Charts.dashed()));
        JFreeChart chart = new JFreeChart(null, Charts.PANEL, plot, false);
        chart.setTitle(new TextTitle(Titles.pair(table.pairs().get(p)), Charts.PANEL));
        chart.addSubtitle(new TextTitle(counts.toString(), Charts.TICK));
        return chart;
    }
}
