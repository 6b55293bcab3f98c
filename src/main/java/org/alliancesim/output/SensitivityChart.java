package org.alliancesim.output;

import java.awt.Color;
import java.util.List;
import org.alliancesim.experiment.stats.Sensitivity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code sensitivity.png/svg}: the standardised regression coefficient of each varied parameter
 * on the share of focal ties that ended, one panel per focal pair, one bar per theory.
 */
public final class SensitivityChart {
    private SensitivityChart() {
    }

    /**
     * @param results per pair, per theory, the regression on the ended share
     */
    public static JFreeChart build(String title, List<String> params, List<String> pairs, List<String> theories,
                                   Sensitivity.Result[][] results) {
        CategoryAxis axis = new CategoryAxis("varied parameter");
        axis.setLabelFont(Charts.LABEL);
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(axis);
        for (int p = 0; p < pairs.size(); p++) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int t = 0; t < theories.size(); t++) {
                Sensitivity.Result r = results[p][t];
                for (int k = 0; k < params.size(); k++) {
                    double v = r.src()[k];
                    data.addValue(Double.isFinite(v) ? v : 0, theories.get(t), params.get(k));
                }
            }
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            for (int t = 0; t < theories.size(); t++) {
                renderer.setSeriesPaint(t, TheoryColors.of(theories.get(t)));
                renderer.setSeriesVisibleInLegend(t, p == 0);
            }
            NumberAxis y = new NumberAxis("SRC on " + pairs.get(p) + " ended");
            y.setRange(-1.05, 1.05);
            y.setLabelFont(Charts.LABEL);
            CategoryPlot sub = new CategoryPlot(data, null, y, renderer);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(new Color(220, 220, 220));
            plot.add(sub, 1);
        }
        return new JFreeChart(title, Charts.TITLE, plot, true);
    }
}
