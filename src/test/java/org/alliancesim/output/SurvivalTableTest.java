package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.List;
import org.alliancesim.experiment.TieOutcome;
import org.junit.jupiter.api.Test;

/** survival.csv and survival-summary.csv from a handful of ties worked by hand. */
class SurvivalTableTest {
    /**
     * Under walt, IRN-RUS stood in three runs (ended after 2 steps; still standing after 5, so
     * censored; ended after 5) and never formed in a fourth; IRN-USA never formed.
     */
    private static SurvivalTable table() {
        SurvivalTable t = new SurvivalTable(List.of("IRN-RUS", "IRN-USA"), 10);
        t.add("walt", 0, true, 2, true);
        t.add("walt", 0, true, 5, false);
        t.add("walt", 0, true, 5, true);
        t.add("walt", 0, false, 0, false);
        t.add("walt", 1, false, 0, false);
        t.add("bot", 0, new TieOutcome(4, true, 7, 3, "W1"));
        return t;
    }

    private static List<String> curves(SurvivalTable t) throws Exception {
        StringWriter w = new StringWriter();
        t.writeCurves(w);
        return w.toString().lines().toList();
    }

    private static List<String> summary(SurvivalTable t) throws Exception {
        StringWriter w = new StringWriter();
        t.writeSummary(w);
        return w.toString().lines().toList();
    }

    @Test
    void theEstimateStepsDownAtEachEndAndCountsEndsBeforeCensoringsAtTheSameTime() throws Exception {
        List<String> walt = curves(table()).stream().filter(l -> l.startsWith("walt,IRN-RUS,")).toList();
        // time,at_risk,events,censored,survival: three ties at risk; one ends at 2 (S = 2/3); at 5 one
        // ends and one is censored, the end counted against both still at risk (S = 2/3 * 1/2)
        assertThat(walt).extracting(l -> String.join(",", List.of(l.split(",")).subList(2, 7)))
                .containsExactly("0,3,0,0,1", "2,3,1,0,0.666667", "5,2,1,1,0.333333");
    }

    @Test
    void theBandIsGreenwoodOnTheLogMinusLogScale() throws Exception {
        String[] at2 = curves(table()).stream().filter(l -> l.startsWith("walt,IRN-RUS,2,")).findFirst().orElseThrow()
                .split(",");
        double s = 2.0 / 3;
        double se = Math.sqrt(1.0 / (3 * 2)) / Math.abs(Math.log(s));
        double z = 1.959963984540054;
        assertThat(Double.parseDouble(at2[7])).isCloseTo(Math.pow(s, Math.exp(z * se)), within(1e-6));
        assertThat(Double.parseDouble(at2[8])).isCloseTo(Math.pow(s, Math.exp(-z * se)), within(1e-6));
    }

    @Test
    void tiesThatNeverFormedAreCountedButLeftOutOfTheEstimate() throws Exception {
        List<String> lines = summary(table());
        assertThat(lines.get(0)).isEqualTo(SurvivalTable.SUMMARY_HEADER);
        // runs,never_formed,ties,ended,censored,median,median_ci_low,median_ci_high; S first falls to
        // 1/2 or below at 5; the band's lower edge does at 2, its upper edge never does (empty)
        assertThat(lines).contains("walt,IRN-RUS,4,1,3,2,1,5,2,", "walt,IRN-USA,1,1,0,0,0,,,");
        assertThat(curves(table())).contains("walt,IRN-USA,0,0,0,0,1,1,1");
    }

    @Test
    void aRunOutcomeCountsItsDurationAndTheoriesKeepTheOrderTheyArrivedIn() throws Exception {
        SurvivalTable t = table();
        assertThat(t.theories()).containsExactly("walt", "bot");
        assertThat(summary(t)).contains("bot,IRN-RUS,1,0,1,1,0,3,3,3", "bot,IRN-USA,0,0,0,0,0,,,");
        assertThat(curves(t)).contains("bot,IRN-RUS,3,1,1,0,0,0,0");
    }

    @Test
    void theoriesNamedUpFrontComeFirstEvenWithoutRuns() throws Exception {
        SurvivalTable t = new SurvivalTable(List.of("a", "b"), List.of("X-Y"), 5);
        t.add("b", 0, true, 5, false);
        assertThat(t.theories()).containsExactly("a", "b");
        assertThat(summary(t)).containsExactly(SurvivalTable.SUMMARY_HEADER, "a,X-Y,0,0,0,0,0,,,", "b,X-Y,1,0,1,0,1,,,");
        // a tie still standing at the last step is censored: the estimate stays at 1
        assertThat(curves(t)).contains("b,X-Y,5,1,0,1,1,1,1");
    }
}
