package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.alliancesim.experiment.Replication;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * {@code stability.png/svg}: the commitment of each focal tie over time, one panel per tie, one
 * line per theory (the mean over replications) with a band from the 10th to the 90th percentile.
 * Dashed lines mark the thresholds of alignment, coalition and alliance.
 */
public final class StabilityChart {
    private StabilityChart() {
    }

    /** At most this many panels: with more focal ties, the most committed are shown. */
    public static final int MAX_PANELS = 6;

    public static JFreeChart build(RunAggregate agg) {
        Scenario s = agg.scenario();
        List<Integer> shown = agg.mostCommittedPairs(MAX_PANELS);
        String title = s.name() + ": commitment of " + String.join(", ", s.focal()) + "'s ties";
        if (shown.size() < agg.focalPairs().size()) {
            title += " (the " + shown.size() + " most committed of " + agg.focalPairs().size() + ")";
        }
        return explained(build(agg, shown, title));
    }

    /** Adds the line that explains the two kinds of line (for charts big enough to carry it). */
    public static JFreeChart explained(JFreeChart chart) {
        chart.addSubtitle(0, new TextTitle("solid: the tie's realised commitment (mean, band 10-90% of replications); "
                + "dashed: what the focal state wants (mean desire). The reluctant side sets the level.", Charts.LABEL));
        return chart;
    }

    /** The chart for some of the focal pairs only (indices into {@link RunAggregate#focalPairs()}). */
    public static JFreeChart build(RunAggregate agg, List<Integer> pairs, String title) {
        Scenario s = agg.scenario();
        NumberAxis time = new NumberAxis("year (one step = one " + s.time().unit().label() + ", from " + s.time().label(0) + ")");
        time.setAutoRangeIncludesZero(false);
        time.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        time.setLabelFont(Charts.LABEL);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        for (int k : pairs) {
            plot.add(panel(agg, k, k == pairs.get(0)), 1);
        }
        JFreeChart chart = new JFreeChart(title, Charts.TITLE, plot, true);
        return chart;
    }

    private static XYPlot panel(RunAggregate agg, int k, boolean legend) {
        Scenario s = agg.scenario();
        Replication.FocalPair pair = agg.focalPairs().get(k);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int series = 0;
        for (String theory : agg.theories()) {
            double[][] runs = agg.focalSeries(theory, k);
            YIntervalSeries ys = new YIntervalSeries(theory);
            double[] column = new double[runs.length];
            for (int t = 0; t < agg.steps(); t++) {
                double sum = 0;
                for (int r = 0; r < runs.length; r++) {
                    column[r] = runs[r][t];
                    sum += runs[r][t];
                }
                Arrays.sort(column);
                ys.add(s.time().year(t), sum / runs.length, quantile(column, 0.1), quantile(column, 0.9));
            }
            data.addSeries(ys);
            Color c = TheoryColors.of(theory);
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            renderer.setSeriesStroke(series, new BasicStroke(2f));
            renderer.setSeriesVisibleInLegend(series, legend);
            series++;
        }
        renderer.setAlpha(0.25f);
        XYSeriesCollection wants = new XYSeriesCollection();
        XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
        int w = 0;
        for (String theory : agg.theories()) {
            XYSeries d = new XYSeries(theory + ": " + s.states().get(pair.state()).id() + " wants");
            double[] mean = agg.meanFocalDesire(theory, k);
            for (int t = 0; t < agg.steps(); t++) {
                d.add(s.time().year(t), mean[t]);
            }
            wants.addSeries(d);
            dashed.setSeriesPaint(w, TheoryColors.of(theory));
            dashed.setSeriesStroke(w, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
            dashed.setSeriesVisibleInLegend(w, false);
            w++;
        }
        NumberAxis y = new NumberAxis(s.states().get(pair.state()).id() + "–" + s.states().get(pair.partner()).id());
        y.setRange(0, 1);
        y.setLabelFont(Charts.LABEL);
        XYPlot p = new XYPlot(data, null, y, renderer);
        p.setDataset(1, wants);
        p.setRenderer(1, dashed);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(new Color(220, 220, 220));
        p.setDomainGridlinePaint(new Color(220, 220, 220));
        TieParams tp = s.parameters().ties();
        for (Level l : new Level[] {Level.ALIGNMENT, Level.COALITION, Level.ALLIANCE}) {
            ValueMarker m = new ValueMarker(tp.threshold(l), Color.GRAY, Charts.dashed());
            m.setLabel(l.label());
            m.setLabelFont(Charts.LABEL.deriveFont(10f));
            m.setLabelPaint(Color.GRAY);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            p.addRangeMarker(m);
        }
        return p;
    }

    /** The q-quantile of sorted values (linear interpolation between order statistics). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
