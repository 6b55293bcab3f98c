package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * A historical replay: the commitment of one tie over calendar time under several theories (mean
 * over replications, band from the lowest to the highest run), with dated events drawn as numbered
 * vertical lines and listed under the plot. The events are annotations: the chart shows whether the
 * modelled tie moves near them, not that they moved it.
 */
public final class ReplayChart {
    private ReplayChart() {
    }

    /**
     * @param title chart title
     * @param tie the tie's name, e.g. {@code IRN–RUS}
     * @param time the scenario's calendar (step to year)
     * @param runs per theory, the tie's commitment per replication and step
     * @param events dated events inside the plotted years
     * @param ties the thresholds to mark
     */
    public static JFreeChart build(String title, String tie, TimeSpec time, Map<String, double[][]> runs,
                                   List<DatedEvent> events, TieParams ties) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int series = 0;
        for (Map.Entry<String, double[][]> e : runs.entrySet()) {
            YIntervalSeries ys = new YIntervalSeries(Titles.theory(e.getKey()));
            double[][] r = e.getValue();
            for (int t = 0; t < r[0].length; t++) {
                Spread sp = Spread.at(r, t);
                ys.add(time.year(t), sp.mean(), sp.lowest(), sp.highest());
            }
            data.addSeries(ys);
            Color c = TheoryColors.of(e.getKey());
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, c);
            renderer.setSeriesStroke(series, new BasicStroke(2.5f));
            series++;
        }
        renderer.setAlpha(0.25f);
        int steps = runs.isEmpty() ? 1 : runs.values().iterator().next()[0].length;
        NumberAxis x = PeriodAxis.of(time, steps, "one step = one " + time.unit().label());
        double last = events.stream().mapToDouble(DatedEvent::year).max().orElse(Double.NEGATIVE_INFINITY);
        if (last > x.getUpperBound()) { // an event within the last period: show the period to its end
            x.setRange(x.getLowerBound(), Math.max(time.year(steps), x.getUpperBound()));
        }
        NumberAxis y = new NumberAxis("commitment of the " + tie + " tie");
        y.setRange(0, 1);
        y.setLabelFont(Charts.LABEL);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        for (Level l : new Level[] {Level.ALIGNMENT, Level.COALITION, Level.ALLIANCE}) {
            ValueMarker m = new ValueMarker(ties.threshold(l), Color.GRAY, Charts.dashed());
            m.setLabel(l.label());
            m.setLabelFont(Charts.LABEL.deriveFont(10f));
            m.setLabelPaint(Color.GRAY);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m);
        }
        JFreeChart chart = new JFreeChart(title, Charts.TITLE, plot, true);
        chart.setPadding(new RectangleInsets(4, 8, 4, 18)); // room for the last tick's label
        StringBuilder legend = new StringBuilder();
        for (int k = 0; k < events.size(); k++) {
            DatedEvent ev = events.get(k);
            ValueMarker m = new ValueMarker(ev.year(), new Color(90, 90, 90), new BasicStroke(1f));
            m.setLabel(Integer.toString(k + 1));
            m.setLabelFont(Charts.LABEL.deriveFont(java.awt.Font.BOLD, 11f));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + 14 * (k % 2), 2, 2, 2));
            plot.addDomainMarker(m);
            legend.append(k == 0 ? "" : "\n").append(k + 1).append("  ").append(ev.date()).append("  ").append(ev.label());
        }
        if (!events.isEmpty()) {
            TextTitle notes = new TextTitle(legend.toString(), Charts.LABEL.deriveFont(11f));
            notes.setPosition(RectangleEdge.BOTTOM);
            notes.setHorizontalAlignment(HorizontalAlignment.LEFT);
            notes.setTextAlignment(HorizontalAlignment.LEFT);
            notes.setPadding(new RectangleInsets(6, 12, 6, 12));
            chart.addSubtitle(notes);
        }
        TextTitle sub = new TextTitle("line: mean over replications; band: lowest to highest run. Events are annotations, not model inputs.",
                Charts.LABEL.deriveFont(11f));
        chart.addSubtitle(0, sub);
        return chart;
    }
}
