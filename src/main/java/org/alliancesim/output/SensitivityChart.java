package org.alliancesim.output;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alliancesim.experiment.stats.Sensitivity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code sensitivity.png/svg}: the standardised regression coefficient (SRC) of each varied
 * parameter, by its name, on the share of focal ties that ended: one panel per focal pair, one bar
 * per theory, each panel titled with the regression's R² per theory (how much of the variation
 * the linear fit explains: SRCs mean little when it is low). A theory whose outcome never varied
 * has no regression and no bars: it is left out of that panel and named in the notes; pairs
 * where no theory has one get no panel.
 */
public final class SensitivityChart {
    static final int PANEL_WIDTH = 980;
    static final int PANEL_HEIGHT = 300;

    private SensitivityChart() {
    }

    /**
     * @param params the varied parameters' names, in design order
     * @param results per pair, per theory, the regression on the ended share
     */
    public static PanelGrid build(String title, List<String> params, List<String> pairs, List<String> theories,
                                  Sensitivity.Result[][] results) {
        List<String> notes = new ArrayList<>();
        notes.add("Bars: standardised regression coefficients of the share of runs in which the tie ended on each "
                + "varied input (positive: a higher value ends the tie more often). R²: share of the variation the "
                + "linear fit explains.");
        List<JFreeChart> panels = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        int fit = PanelGrid.rowsThatFit(PANEL_HEIGHT, 4);
        for (int p = 0; p < pairs.size(); p++) {
            List<Integer> with = new ArrayList<>();
            List<String> without = new ArrayList<>();
            for (int t = 0; t < theories.size(); t++) {
                if (hasBars(results[p][t])) {
                    with.add(t);
                } else {
                    without.add(Titles.theory(theories.get(t)));
                }
            }
            if (with.isEmpty()) {
                flat.add(Titles.pair(pairs.get(p)));
                continue;
            }
            if (!without.isEmpty()) {
                notes.add(Titles.pair(pairs.get(p)) + ": the outcome never varied under " + String.join(", ", without)
                        + " (no regression, no bars).");
            }
            if (panels.size() < fit) {
                panels.add(panel(params, pairs.get(p), theories, with, results[p]));
                with.forEach(t -> used.add(theories.get(t)));
            }
        }
        if (!flat.isEmpty()) {
            notes.add("No theory varied the outcome of " + String.join(", ", flat) + ": no panel.");
        }
        List<PanelGrid.Key> keys = new ArrayList<>();
        for (String t : used) {
            keys.add(PanelGrid.Key.swatch(Titles.theory(t), TheoryColors.of(t)));
        }
        return new PanelGrid(title, notes, panels, 1, PANEL_WIDTH, PANEL_HEIGHT, keys);
    }

    static boolean hasBars(Sensitivity.Result r) {
        for (double v : r.src()) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static JFreeChart panel(List<String> params, String pair, List<String> theories, List<Integer> with,
                                    Sensitivity.Result[] results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        StringBuilder r2 = new StringBuilder();
        for (int s = 0; s < with.size(); s++) {
            int t = with.get(s);
            Sensitivity.Result r = results[t];
            for (int k = 0; k < params.size(); k++) {
                double v = r.src()[k];
                data.addValue(Double.isFinite(v) ? v : 0, Titles.theory(theories.get(t)), params.get(k).replace('_', ' '));
            }
            renderer.setSeriesPaint(s, TheoryColors.of(theories.get(t)));
            r2.append(r2.length() == 0 ? "" : ", ").append(Titles.theory(theories.get(t))).append(' ')
                    .append(Double.isFinite(r.r2()) ? String.format(Locale.ROOT, "%.2f", r.r2()) : "n/a");
        }
        CategoryAxis axis = new CategoryAxis(null);
        axis.setTickLabelFont(Charts.LABEL);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryLabelPositions(params.size() > 6 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        NumberAxis y = NumberAxes.of("SRC on the share ended");
        y.setRange(-1.05, 1.05);
        y.setTickUnit(new NumberTickUnit(0.5));
        y.setLabelFont(Charts.LABEL);
        y.setTickLabelFont(Charts.TICK);
        CategoryPlot plot = new CategoryPlot(data, axis, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(180, 180, 180));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new java.awt.BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(null, Charts.PANEL, plot, false);
        chart.setTitle(new TextTitle(Titles.pair(pair) + " (R²: " + r2 + ")", Charts.PANEL));
        return chart;
    }
}
