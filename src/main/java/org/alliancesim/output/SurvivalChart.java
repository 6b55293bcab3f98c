package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import org.alliancesim.experiment.stats.KaplanMeier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code survival.png/svg}: Kaplan–Meier curves of the focal ties, one panel per focal pair, one
 * step curve per theory with its 95% band (log-log Greenwood); a dashed line marks one half, where
 * the curve crosses it is the median survival.
 */
public final class SurvivalChart {
    private SurvivalChart() {
    }

    public static JFreeChart build(SurvivalTable table, String title) {
        NumberAxis time = new NumberAxis("steps since the tie first stood");
        time.setRange(0, table.steps());
        time.setLabelFont(Charts.LABEL);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        for (int p = 0; p < table.pairs().size(); p++) {
            plot.add(panel(table, p), 1);
        }
        return new JFreeChart(title, Charts.TITLE, plot, true);
    }

    private static XYPlot panel(SurvivalTable table, int p) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int series = 0;
        for (String theory : table.theories()) {
            KaplanMeier km = table.estimate(theory, p);
            YIntervalSeries ys = new YIntervalSeries(theory, false, true);
            double s = 1;
            double lo = 1;
            double hi = 1;
            if (km.size() > 0) {
                ys.add(0, 1, 1, 1);
            }
            int last = 0;
            for (KaplanMeier.Row r : km.estimate()) {
                if (r.time() > 0) {
                    ys.add(r.time(), s, lo, hi);
                }
                s = r.survival();
                lo = r.low();
                hi = r.high();
                ys.add(r.time(), s, lo, hi);
                last = r.time();
            }
            if (km.size() > 0 && last < table.steps()) {
                ys.add(last, s, lo, hi);
            }
            data.addSeries(ys);
            Color c = TheoryColors.of(theory);
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            renderer.setSeriesStroke(series, new BasicStroke(2f));
            renderer.setSeriesVisibleInLegend(series, p == 0);
            series++;
        }
        renderer.setAlpha(0.25f);
        NumberAxis y = new NumberAxis(table.pairs().get(p) + " standing");
        y.setRange(0, 1.02);
        y.setLabelFont(Charts.LABEL);
        XYPlot plot = new XYPlot(data, null, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.addRangeMarker(new ValueMarker(0.5, Color.GRAY, Charts.dashed()));
        plot.setNoDataMessage("this tie never stood in any run: nothing to survive");
        plot.setNoDataMessageFont(Charts.LABEL);
        return plot;
    }
}
