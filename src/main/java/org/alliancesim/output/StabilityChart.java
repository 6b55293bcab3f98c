package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alliancesim.experiment.Replication;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;
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
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * {@code stability.png/svg}: the commitment of the focal ties over time as small multiples, one
 * row per tie and one column per theory, so that no theory's line hides another's. Each panel
 * shows the mean commitment with a band from the 10th to the 90th percentile of replications,
 * the focal state's desire (dashed) and the partner's (dotted): the tie follows the smaller.
 * Thresholds of alignment, coalition and alliance are dashed grey; scenario events are labelled
 * vertical lines (E1, E2, ..., described in the notes). With more ties than fit on a page the
 * most committed are shown and the notes say so.
 */
public final class StabilityChart {
    static final int PANEL_HEIGHT = 220;
    static final Color PARTNER = new Color(50, 50, 50);

    private StabilityChart() {
    }

    /** The figure of a run: all theories, the most committed focal ties that fit. */
    public static PanelGrid build(RunAggregate agg) {
        Scenario s = agg.scenario();
        int fit = PanelGrid.rowsThatFit(PANEL_HEIGHT, 4);
        List<Integer> shown = agg.mostCommittedPairs(fit);
        String title = Titles.of(s) + ": commitment of " + String.join(", ", s.focal()) + "'s ties under each theory";
        List<String> selection = shown.size() < agg.focalPairs().size()
                ? List.of("Showing the " + Plural.of(shown.size(), "most committed tie", "most committed ties") + " of "
                        + agg.focalPairs().size() + " focal ties (highest mean commitment at any step); summary.csv has all.")
                : List.of();
        return build(agg, shown, title, selection);
    }

    /**
     * The figure for some of the focal pairs (indices into {@link RunAggregate#focalPairs()});
     * {@code selection} says in words which were left out and why.
     */
    public static PanelGrid build(RunAggregate agg, List<Integer> pairs, String title, List<String> selection) {
        Scenario s = agg.scenario();
        List<String> theories = agg.theories();
        List<String> notes = new ArrayList<>(explanation(agg));
        notes.addAll(selection);
        notes.add("Time: " + s.time().label(0) + " to " + s.time().label(agg.steps() - 1) + ", one step = one "
                + s.time().unit().label() + ".");
        notes.addAll(EventMarks.notes(s, agg.steps()));
        List<JFreeChart> panels = new ArrayList<>();
        for (int row = 0; row < pairs.size(); row++) {
            for (int col = 0; col < theories.size(); col++) {
                String head = row == 0 ? Titles.theory(theories.get(col)) : " ";
                panels.add(panel(agg, pairs.get(row), theories.get(col), head, true, false, row == 0));
            }
        }
        int width = Math.max(240, Math.min(460, 1500 / Math.max(1, theories.size())));
        return new PanelGrid(title, notes, panels, theories.size(), width, PANEL_HEIGHT, keys(s));
    }

    /** What the lines are, in words, for the notes of a figure. */
    static List<String> explanation(RunAggregate agg) {
        int reps = agg.theories().isEmpty() ? 0 : agg.replications(agg.theories().get(0));
        return List.of("Solid: the tie's commitment, mean of " + Plural.of(reps, "replication")
                + " (band: 10th to 90th percentile). Dashed: what the focal state wants; dotted: what the partner "
                + "wants. The tie follows the more reluctant side.");
    }

    /** The legend shared by every panel. */
    static List<PanelGrid.Key> keys(Scenario s) {
        Color ink = new Color(70, 70, 70);
        List<PanelGrid.Key> k = new ArrayList<>();
        k.add(PanelGrid.Key.banded("commitment (mean, 10–90% band)", ink, new BasicStroke(2.4f)));
        k.add(PanelGrid.Key.line(String.join(", ", s.focal()) + "'s desire toward the partner", ink, dashed(1.6f)));
        k.add(PanelGrid.Key.line("partner's desire toward " + String.join(", ", s.focal()), PARTNER, dotted()));
        k.add(PanelGrid.Key.line("level thresholds", Color.GRAY, Charts.dashed()));
        if (!s.events().isEmpty()) {
            k.add(PanelGrid.Key.line("scenario event (E1...; shade: its ramp)", EventMarks.LINE, new BasicStroke(1.2f)));
        }
        return k;
    }

    static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f);
    }

    static Stroke dotted() {
        return new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.5f, 4f}, 0f);
    }

    /**
     * One panel: focal pair k under one theory.
     *
     * @param head the panel's title (null for none)
     * @param yLabel whether to name the tie on the y axis (first column)
     * @param xLabel whether to name the time axis (last row)
     * @param labels whether to label thresholds and events (first row)
     */
    static JFreeChart panel(RunAggregate agg, int k, String theory, String head, boolean yLabel, boolean xLabel,
                            boolean labels) {
        Scenario s = agg.scenario();
        Replication.FocalPair pair = agg.focalPairs().get(k);
        Color c = TheoryColors.of(theory);
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        YIntervalSeries ys = new YIntervalSeries("commitment");
        double[][] runs = agg.focalSeries(theory, k);
        double[] column = new double[runs.length];
        for (int t = 0; t < agg.steps(); t++) {
            double sum = 0;
            for (int r = 0; r < runs.length; r++) {
                column[r] = runs[r][t];
                sum += runs[r][t];
            }
            Arrays.sort(column);
            // no change event per point: nothing listens to a series before it joins its collection
            ys.add(new YIntervalDataItem(s.time().year(t), sum / runs.length, quantile(column, 0.1), quantile(column, 0.9)),
                    false);
        }
        band.addSeries(ys);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, c);
        renderer.setSeriesFillPaint(0, c);
        renderer.setSeriesStroke(0, new BasicStroke(2.4f));
        renderer.setAlpha(0.3f);

        XYSeriesCollection wants = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true); // one path per line, so that dashes run on across steps
        XYSeries mine = new XYSeries("focal desire");
        double[] d = agg.meanFocalDesire(theory, k);
        for (int t = 0; t < agg.steps(); t++) {
            mine.add(s.time().year(t), d[t], false);
        }
        wants.addSeries(mine);
        lines.setSeriesPaint(0, c.darker());
        lines.setSeriesStroke(0, dashed(1.6f));
        double[] back = agg.meanPartnerDesire(theory, k);
        if (back != null) {
            XYSeries theirs = new XYSeries("partner desire");
            for (int t = 0; t < agg.steps(); t++) {
                theirs.add(s.time().year(t), back[t], false);
            }
            wants.addSeries(theirs);
            lines.setSeriesPaint(1, PARTNER);
            lines.setSeriesStroke(1, dotted());
        }

        NumberAxis time = PeriodAxis.of(s.time(), agg.steps(), xLabel ? "one step = one " + s.time().unit().label() : null);
        NumberAxis y = NumberAxes.of(yLabel ? Titles.pair(pair.label(s)) : null);
        y.setRange(-0.03, 1.03); // lines at 0 and 1 stay clear of the frame
        y.setTickUnit(new NumberTickUnit(0.25));
        y.setLabelFont(Charts.PANEL);
        y.setTickLabelFont(Charts.TICK);
        XYPlot p = new XYPlot(wants, time, y, lines);
        p.setDataset(1, band);
        p.setRenderer(1, renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlinePaint(new Color(180, 180, 180));
        p.setRangeGridlinePaint(new Color(225, 225, 225));
        p.setDomainGridlinePaint(new Color(225, 225, 225));
        TieParams tp = s.parameters().ties();
        for (Level l : new Level[] {Level.ALIGNMENT, Level.COALITION, Level.ALLIANCE}) {
            ValueMarker m = new ValueMarker(tp.threshold(l), Color.GRAY, Charts.dashed());
            if (labels) {
                m.setLabel(l.label());
                m.setLabelFont(Charts.TICK.deriveFont(10f));
                m.setLabelPaint(Color.GRAY);
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            }
            p.addRangeMarker(m);
        }
        EventMarks.add(p, s, agg.steps(), labels);
        JFreeChart chart = new JFreeChart(null, Charts.PANEL, p, false);
        if (head != null) {
            chart.setTitle(new TextTitle(head, Charts.PANEL));
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
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
