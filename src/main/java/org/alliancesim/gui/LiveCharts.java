package org.alliancesim.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.alliancesim.model.AllianceModel;
import org.jfree.data.xy.XYSeries;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The two live charts, on MASON's chart generators: the commitment of the focal state's ties to
 * each other state, and the threat the focal state perceives from each. A partner has the same
 * colour in both (ColorBrewer Dark2, distinct from the map's theory colours).
 */
final class LiveCharts {
    private static final Color[] PARTNER = {new Color(27, 158, 119), new Color(217, 95, 2),
        new Color(117, 112, 179), new Color(231, 41, 138), new Color(102, 166, 30), new Color(230, 171, 2),
        new Color(166, 118, 29), new Color(102, 102, 102)};

    final TimeSeriesChartGenerator ties = new TimeSeriesChartGenerator();
    final TimeSeriesChartGenerator threat = new TimeSeriesChartGenerator();
    private final List<XYSeries> tieSeries = new ArrayList<>();
    private final List<XYSeries> threatSeries = new ArrayList<>();
    private final List<Integer> partners = new ArrayList<>();
    private int focal;

    LiveCharts() {
        ties.setXAxisLabel("year");
        ties.setYAxisLabel("commitment (0 none, 1 alliance)");
        ties.setYAxisRange(0, 1);
        threat.setXAxisLabel("year");
        threat.setYAxisLabel("perceived threat");
        ties.addLegend();
        threat.addLegend();
        yearAxis(ties);
        yearAxis(threat);
    }

    /** Years on the time axis as 2022, not 2,022, whatever the locale. */
    private static void yearAxis(TimeSeriesChartGenerator chart) {
        var axis = (org.jfree.chart.axis.NumberAxis) chart.getChart().getXYPlot().getDomainAxis();
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    }

    /** Starts empty series for a freshly started model. */
    void start(AllianceModel m) {
        ties.removeAllSeries();
        threat.removeAllSeries();
        tieSeries.clear();
        threatSeries.clear();
        partners.clear();
        var states = m.scenario().states();
        focal = m.scenario().focal().isEmpty() ? 0 : m.scenario().indexOf(m.scenario().focal().get(0));
        String name = states.get(focal).name();
        ties.setTitle(name + "'s ties: commitment");
        threat.setTitle("Threat " + name + " perceives");
        for (int j = 0; j < states.size(); j++) {
            if (j == focal) {
                continue;
            }
            Color c = PARTNER[partners.size() % PARTNER.length];
            partners.add(j);
            tieSeries.add(add(ties, name + "\u2013" + states.get(j).name(), c));
            threatSeries.add(add(threat, "from " + states.get(j).name(), c));
        }
    }

    private static XYSeries add(TimeSeriesChartGenerator chart, String name, Color color) {
        XYSeries s = new XYSeries(name, false);
        TimeSeriesAttributes a = (TimeSeriesAttributes) chart.addSeries(s, null);
        a.setStrokeColor(color);
        a.setThickness(2.5);
        return s;
    }

    /** Appends the model's current values and asks the charts to redraw. */
    void record(AllianceModel m) {
        double x = m.scenario().time().year(m.step());
        for (int k = 0; k < partners.size(); k++) {
            int j = partners.get(k);
            tieSeries.get(k).add(x, m.ties().commitment(focal, j), true);
            threatSeries.get(k).add(x, m.view().threat(focal, j), true);
        }
        ties.updateChartLater(m.step());
        threat.updateChartLater(m.step());
    }
}
