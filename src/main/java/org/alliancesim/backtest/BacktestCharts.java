package org.alliancesim.backtest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.output.Charts;
import org.alliancesim.output.TheoryColors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The backtest's figures (JFreeChart 1.0.19): a measure by decade for every theory and baseline
 * (theories solid in their colours, baselines dashed in muted ones), and ROC curves over the whole span.
 */
public final class BacktestCharts {
    /** Baselines: muted colours no theory uses, each dashed. */
    private static final Color[] BASELINE_COLORS = {new Color(139, 0, 0), new Color(128, 128, 0),
        new Color(106, 61, 154), new Color(140, 86, 75), new Color(85, 85, 85)};

    private BacktestCharts() {
    }

    /** One measure's value in each decade, one line per forecast. */
    public static void decades(Backtest.Result r, String measure, String title, Path png, Path svg) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> names = new LinkedHashSet<>();
        List<String> decades = r.spans().stream().filter(s -> s.kind().equals("decade")).map(Span::label).toList();
        for (Score s : r.scores()) {
            if (s.measure().equals(measure) && decades.contains(s.span())) {
                names.add(s.theory());
                data.addValue(Double.isNaN(s.value()) ? null : s.value(), s.theory(), s.span());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, "decade", measure, data, PlotOrientation.VERTICAL, true,
                false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        LineAndShapeRenderer ren = (LineAndShapeRenderer) plot.getRenderer();
        ren.setBaseShapesVisible(true);
        int k = 0;
        int b = 0;
        for (String n : names) {
            style(n, k++, b, ren::setSeriesPaint, ren::setSeriesStroke);
            b += n.startsWith("baseline:") ? 1 : 0;
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        Charts.save(chart, png, svg, 900, 520);
    }

    /** ROC curves of one target over the whole span, one per forecast, with the chance diagonal. */
    public static void roc(Backtest.Result r, String target, Path png, Path svg) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> names = new ArrayList<>();
        DyadFrame f = r.frame();
        boolean defence = Scorer.TARGETS.get(target);
        for (Forecast fc : r.forecasts().get(target)) {
            RocCurve curve = r.curves().getOrDefault(target, Map.of()).get(fc.name());
            if (curve == null) {
                curve = RocCurve.of(f, fc, defence);
            }
            XYSeries s = new XYSeries(fc.name() + " (AUC " + String.format(java.util.Locale.ROOT, "%.3f", curve.auc())
                    + ")", false, true);
            for (double[] p : curve.points()) {
                s.add(p[0], p[1]);
            }
            data.addSeries(s);
            names.add(fc.name());
        }
        XYSeries chance = new XYSeries("chance", false, true);
        chance.add(0, 0);
        chance.add(1, 1);
        data.addSeries(chance);
        JFreeChart chart = ChartFactory.createXYLineChart("ROC curves, " + (defence ? "defence pacts" : "any obligation")
                        + ", " + r.request().settings().from() + "-" + r.request().settings().to(),
                "false positive rate", "true positive rate", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer ren = new XYLineAndShapeRenderer(true, false);
        ren.setDrawSeriesLineAsPath(true); // dashes run along the whole curve, not restart at every point
        int b = 0;
        for (int k = 0; k < names.size(); k++) {
            style(names.get(k), k, b, ren::setSeriesPaint, ren::setSeriesStroke);
            b += names.get(k).startsWith("baseline:") ? 1 : 0;
        }
        ren.setSeriesPaint(names.size(), Color.LIGHT_GRAY);
        ren.setSeriesStroke(names.size(), Charts.dashed());
        plot.setRenderer(ren);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 1);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
        Charts.save(chart, png, svg, 760, 640);
    }

    private static void style(String name, int k, int baselineIndex, java.util.function.BiConsumer<Integer, java.awt.Paint> paint,
                              java.util.function.BiConsumer<Integer, java.awt.Stroke> stroke) {
        if (name.startsWith("baseline:")) {
            paint.accept(k, BASELINE_COLORS[baselineIndex % BASELINE_COLORS.length]);
            stroke.accept(k, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        } else {
            paint.accept(k, TheoryColors.of(name));
            stroke.accept(k, new BasicStroke(2.2f));
        }
    }
}
