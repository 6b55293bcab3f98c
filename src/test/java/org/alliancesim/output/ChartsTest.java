package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.alliancesim.TestScenarios;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.stats.Sensitivity;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.scenario.TimeSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the figures show: checked on the chart objects, not by eye. */
class ChartsTest {

    private static List<String> tickLabels(NumberAxis axis, int width) {
        BufferedImage img = new BufferedImage(width, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            List<String> out = new ArrayList<>();
            for (Object t : axis.refreshTicks(g, new AxisState(), new Rectangle(0, 0, width, 80), RectangleEdge.BOTTOM)) {
                out.add(((NumberTick) t).getText());
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    @ParameterizedTest
    @CsvSource({"1970,QUARTER,8,250", "1970,QUARTER,8,900", "1970,MONTH,14,600", "2022,QUARTER,100,250",
                "1992,YEAR,25,1000", "1816,YEAR,201,400"})
    void timeAxesSpanTheRunExactlyAndNoTwoTicksReadTheSame(int start, TimeSpec.Unit unit, int steps, int width) {
        TimeSpec time = new TimeSpec(start, unit, steps);
        NumberAxis axis = PeriodAxis.of(time, steps, null);
        assertThat(axis.getLowerBound()).isEqualTo(time.year(0));
        assertThat(axis.getUpperBound()).isEqualTo(time.year(steps - 1));
        List<String> ticks = tickLabels(axis, width);
        assertThat(ticks).hasSizeGreaterThan(1).doesNotHaveDuplicates();
    }

    @Test
    void aShortQuarterlyRunIsLabelledByQuarter() {
        TimeSpec time = new TimeSpec(1970, TimeSpec.Unit.QUARTER, 8);
        assertThat(tickLabels(PeriodAxis.of(time, 8, null), 900)).contains("1970", "1970Q2", "1970Q3", "1971");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "w2-us-threat-recedes|W2: US threat recedes",
        "w1-iran-perceives-russian-threat|W1: Iran perceives Russian threat",
        "iran-russia-1992-2016|Iran–Russia 1992–2016",
        "compound-s1-and-w2|Compound S1 and W2",
        "iran-detente-lhs|Iran detente (Latin hypercube)",
        "my_scenario|My scenario"})
    void titlesAreWordsNotFileNames(String name, String words) {
        assertThat(Titles.words(name, TestScenarios.defaultScenario().states())).isEqualTo(words);
    }

    @Test
    void everyTheoryHasItsOwnPanelWithThePartnersDesireAndTheEventsMarked() throws Exception {
        Scenario s = ScenarioLoader.load(java.nio.file.Path.of("scenarios", "termination", "w2-us-threat-recedes.yaml"));
        RunAggregate agg = new RunAggregate(s, 80);
        for (String t : List.of("balance-of-threat", "schweller-bandwagoning")) {
            agg.add(Replication.run(s, t, 0, 3, 80, List.of()));
        }
        JFreeChart panel = StabilityChart.panel(agg, 0, "balance-of-threat", "balance of threat", true, false, true);
        XYPlot plot = panel.getXYPlot();
        // dataset 0: the two desires; dataset 1: the commitment with its band
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(1);
        assertThat(plot.getDataset(0).getYValue(1, 79)).as("RUS's desire toward IRN, not IRN's")
                .isEqualTo(agg.meanPartnerDesire("balance-of-threat", 0)[79]);
        assertThat(plot.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND)).hasSize(1);
        PanelGrid grid = StabilityChart.build(agg, List.of(0, 2), "t", List.of());
        assertThat(grid.width()).isGreaterThan(0);
        assertThat(EventMarks.notes(s, 80)).singleElement().asString().isEqualTo("Events: E1 2029Q3–2037Q1 IRN reads USA's intent as 0.05.");
    }

    @Test
    void aWorldOf195StatesGivesAPageNotAScrollAndSaysWhatItLeftOut() {
        Scenario s = RandomWorld.generate(195, 1, RandomWorld.DEFAULT_NOISE).toScenario(6);
        RunAggregate agg = new RunAggregate(s, 6);
        agg.add(Replication.run(s, "balance-of-threat", 0, 1, 6, List.of()));
        assertThat(agg.focalPairs()).hasSize(194);
        PanelGrid g = StabilityChart.build(agg);
        assertThat(g.height()).isLessThanOrEqualTo(PanelGrid.MAX_HEIGHT);
        assertThat(g.image().getHeight()).isLessThanOrEqualTo(PanelGrid.MAX_HEIGHT);

        SurvivalTable t = new SurvivalTable(agg.focalPairs().stream().map(p -> p.label(s)).toList(), 6);
        for (int p = 0; p < 194; p++) {
            t.add("balance-of-threat", p, p % 3 != 0, 3, p % 2 == 0);
        }
        PanelGrid sv = SurvivalChart.build(t, s.time(), "survival");
        assertThat(sv.height()).isLessThanOrEqualTo(PanelGrid.MAX_HEIGHT);
    }

    @Test
    void survivalNamesTheTiesThatNeverFormedInsteadOfDrawingEmptyPanels() {
        SurvivalTable t = new SurvivalTable(List.of("A-B", "A-C"), 40);
        for (int r = 0; r < 10; r++) {
            t.add("balance-of-threat", 0, true, 8 + r, r < 4);
            t.add("balance-of-threat", 1, false, -1, false);
        }
        PanelGrid g = SurvivalChart.build(t, new TimeSpec(2022, TimeSpec.Unit.QUARTER, 40), "s");
        BufferedImage img = g.image();
        assertThat(img.getWidth()).as("one panel: A-C has none").isEqualTo(SurvivalChart.PANEL_WIDTH + 24);
    }

    @Test
    void sensitivityLeavesOutTheoriesAndPairsWithoutBarsAndReportsR2() {
        double nan = Double.NaN;
        Sensitivity.Result withBars = new Sensitivity.Result(new double[] {0.5, -0.2}, 0.61, 40);
        Sensitivity.Result none = new Sensitivity.Result(new double[] {nan, nan}, nan, 40);
        Sensitivity.Result[][] r = {{withBars, none}, {none, none}};
        PanelGrid g = SensitivityChart.build("t", List.of("us_intent", "threat_half"), List.of("A-B", "A-C"),
                List.of("balance-of-threat", "schweller-bandwagoning"), r);
        assertThat(g.height()).isLessThan(2 * SensitivityChart.PANEL_HEIGHT + 200);
        assertThat(SensitivityChart.hasBars(withBars)).isTrue();
        assertThat(SensitivityChart.hasBars(none)).isFalse();
    }

    @Test
    void longNotesShrinkTheRowsInsteadOfPushingTheFigurePastAPage() {
        List<JFreeChart> panels = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            panels.add(new JFreeChart(new XYPlot(null, new NumberAxis(), new NumberAxis(), null)));
        }
        String note = "word ".repeat(400).strip();
        PanelGrid g = new PanelGrid("a title", List.of(note, note), panels, 1, 600, 220,
                List.of(PanelGrid.Key.line("line", java.awt.Color.BLACK, new java.awt.BasicStroke(1f))));
        assertThat(g.height()).isLessThanOrEqualTo(PanelGrid.MAX_HEIGHT);
        assertThat(g.image().getHeight()).isEqualTo(g.height());
        // the same figure with short notes keeps its rows at the height asked for
        PanelGrid short1 = new PanelGrid("a title", List.of(), panels.subList(0, 2), 1, 600, 220, List.of());
        assertThat(short1.height()).isGreaterThan(2 * 220).isLessThan(2 * 220 + 120);
    }
}
