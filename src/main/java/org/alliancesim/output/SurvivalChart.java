package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
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
 * stood, as small multiples: one row per focal pair that ever formed, one column per theory, each
 * a step curve with its 95% band (log-log Greenwood) and a tick where runs were censored (still
 * standing at the end); a theory under which the tie never formed says so in its panel. A dashed line marks one half: where a curve crosses it is the median survival.
 * Pairs that never formed get no panel but a note; with more pairs than fit on a page, those that
 * formed most often are shown and a note says so.
 */
public final class SurvivalChart {
    static final int PANEL_WIDTH = 560;
    static final int PANEL_HEIGHT = 250;

    private SurvivalChart() {
    }

    public static PanelGrid build(SurvivalTable table, TimeSpec time, String title) {
        double perYear = 1 / (time.year(1) - time.year(0));
        List<String> notes = new ArrayList<>();
        notes.add("Share of runs in which the tie still stands, by years since it first stood (Kaplan–Meier; band: 95% "
                + "interval; ticks: runs censored, the tie still standing when the run ended).");
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
        int fit = PanelGrid.rowsThatFit(PANEL_HEIGHT, notes.size() + 2);
        List<Integer> shown = formed;
        if (formed.size() > fit) {
            shown = formed.stream().sorted((a, b) -> Long.compare(ties(table, b), ties(table, a))).limit(fit).sorted().toList();
            notes.add("Showing the " + fit + " ties that formed in most runs, of " + formed.size()
                    + " that formed; survival.csv has all.");
        }
        List<String> theories = table.theories();
        List<JFreeChart> panels = new ArrayList<>();
        for (int row = 0; row < shown.size(); row++) {
            for (int t = 0; t < theories.size(); t++) {
                panels.add(panel(table, shown.get(row), t, perYear, row == 0, row == shown.size() - 1));
            }
        }
        List<PanelGrid.Key> keys = new ArrayList<>();
        keys.add(PanelGrid.Key.banded("share of runs in which the tie stands (95% band)", new Color(70, 70, 70),
                new BasicStroke(2.2f)));
        keys.add(new PanelGrid.Key("runs censored: the tie still stood when the run ended", Color.DARK_GRAY, null, false,
                tick()));
        keys.add(PanelGrid.Key.line("one half (where a curve crosses it: the median)", Color.GRAY, Charts.dashed()));
        int width = Math.max(260, Math.min(PANEL_WIDTH, 1500 / Math.max(1, theories.size())));
        return new PanelGrid(title, notes, panels, theories.size(), width, PANEL_HEIGHT, keys);
    }

    private static long ties(SurvivalTable table, int p) {
        long n = 0;
        for (String t : table.theories()) {
            n += table.estimate(t, p).size();
        }
        return n;
    }

    static Shape tick() {
        return new Line2D.Double(0, -5, 0, 5);
    }

    private static JFreeChart panel(SurvivalTable table, int p, int theoryIndex, double perYear, boolean head,
                                    boolean xLabel) {
        String theory = table.theories().get(theoryIndex);
        KaplanMeier km = table.estimate(theory, p);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYSeriesCollection censored = new XYSeriesCollection();
        if (km.size() > 0) {
            YIntervalSeries ys = new YIntervalSeries(theory, false, true);
            XYSeries cs = new XYSeries(theory + " censored", false, true);
            double s = 1;
            double lo = 1;
            double hi = 1;
            ys.add(0, 1, 1, 1);
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
            if (last < table.steps()) {
                ys.add(last / perYear, s, lo, hi);
            }
            data.addSeries(ys);
            censored.addSeries(cs);
        }
        Color c = TheoryColors.of(theory);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, c);
        renderer.setSeriesFillPaint(0, c);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setAlpha(0.25f);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, c.darker());
        marks.setSeriesShape(0, tick());
        marks.setSeriesShapesFilled(0, false);
        marks.setSeriesStroke(0, new BasicStroke(1.3f));
        NumberAxis x = NumberAxes.of(xLabel ? "years since the tie first stood" : null);
        x.setRange(0, table.steps() / perYear);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setLabelFont(Charts.LABEL);
        x.setTickLabelFont(Charts.TICK);
        NumberAxis y = NumberAxes.of(Titles.pair(table.pairs().get(p)));
        y.setRange(0, 1.02);
        y.setTickUnit(new NumberTickUnit(0.25));
        y.setLabelFont(Charts.PANEL);
        y.setTickLabelFont(Charts.TICK);
        XYPlot plot = new XYPlot(censored, x, y, marks);
        plot.setDataset(1, data);
        plot.setRenderer(1, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(180, 180, 180));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        if (km.size() > 0) {
            plot.addRangeMarker(new ValueMarker(0.5, Color.GRAY, Charts.dashed()));
        }
        plot.setNoDataMessage("never formed in any run");
        plot.setNoDataMessageFont(Charts.LABEL);
        JFreeChart chart = new JFreeChart(null, Charts.PANEL, plot, false);
        chart.setTitle(new TextTitle(head ? Titles.theory(theory) : " ", Charts.PANEL));
        chart.addSubtitle(new TextTitle(km.size() == 0 ? "0 ties" : km.eventCount() + " of " + Plural.of(km.size(), "tie")
                + " ended", Charts.TICK));
        return chart;
    }
}
