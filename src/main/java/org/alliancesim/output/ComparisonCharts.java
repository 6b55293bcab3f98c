package org.alliancesim.output;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The figures of {@code compare}: one per scenario of its focal ties that stood, as small
 * multiples by theory ({@link StabilityChart}), and {@code overview.png}, one row of small panels
 * per scenario (its first tie that stood, one panel per theory) under one legend: a single page
 * to show a class how the same alliance ends for different reasons under each theory.
 */
public final class ComparisonCharts {
    static final int TILE_WIDTH = 270;
    static final int TILE_HEIGHT = 200;
    /** Panels per row of the overview. */
    static final int COLUMNS = 6;

    private ComparisonCharts() {
    }

    /** The figure of one scenario's focal ties that stood. */
    public static PanelGrid scenario(ScenarioOutcome o) {
        List<Integer> pairs = o.pairsThatStood();
        int fit = PanelGrid.rowsThatFit(StabilityChart.PANEL_HEIGHT, 4);
        List<Integer> shown = pairs.size() <= fit ? pairs : o.aggregate().mostCommittedPairs(fit);
        List<String> selection = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (int k = 0; k < o.aggregate().focalPairs().size(); k++) {
            if (!pairs.contains(k)) {
                never.add(Titles.pair(o.pairLabel(k)));
            }
        }
        if (!never.isEmpty() && pairs.size() < o.aggregate().focalPairs().size()) {
            selection.add(never.size() <= 12 ? "Never formed under any theory, not shown: " + String.join(", ", never) + "."
                    : Plural.of(never.size(), "focal tie") + " never formed under any theory and are not shown.");
        }
        if (shown.size() < pairs.size()) {
            selection.add("Showing the " + shown.size() + " most committed of the " + pairs.size()
                    + " ties that formed; comparison.csv has all.");
        }
        return StabilityChart.build(o.aggregate(), shown, Titles.of(o.scenario()) + ": the focal ties under each theory",
                selection);
    }

    /** The overview: scenario by scenario, one panel per theory, as many scenarios as fit on a page. */
    public static PanelGrid overview(List<ScenarioOutcome> outcomes) {
        int theories = outcomes.isEmpty() ? 1 : Math.max(1, outcomes.get(0).theories().size());
        int perRow = Math.max(1, COLUMNS / theories);
        int columns = perRow * theories;
        int rows = PanelGrid.rowsThatFit(TILE_HEIGHT, 4);
        int fit = rows * perRow;
        List<JFreeChart> panels = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int shown = Math.min(fit, outcomes.size());
        for (int n = 0; n < shown; n++) {
            ScenarioOutcome o = outcomes.get(n);
            int k = o.pairsThatStood().get(0);
            for (String t : o.theories()) {
                String head = Titles.of(o.scenario()) + "\n" + Titles.theory(t);
                JFreeChart c = StabilityChart.panel(o.aggregate(), k, t, head, true, false, true);
                c.getTitle().setFont(Charts.PANEL.deriveFont(12f));
                panels.add(c);
            }
        }
        if (!outcomes.isEmpty()) {
            notes.addAll(StabilityChart.explanation(outcomes.get(0).aggregate()));
            notes.add("Each scenario's events are the labelled vertical lines (E1, ...); its own figure lists them.");
        }
        if (shown < outcomes.size()) {
            notes.add("Showing the first " + shown + " of " + outcomes.size() + " scenarios; each has its own figure.");
        }
        var keys = outcomes.isEmpty() ? List.<PanelGrid.Key>of() : StabilityChart.keys(outcomes.get(0).scenario());
        return new PanelGrid("How the focal tie fares under each theory: one panel per scenario and theory", notes, panels,
                columns, TILE_WIDTH, TILE_HEIGHT, keys);
    }
}
