package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scorer on the synthetic world 1900-1904 and the fixture's alliances: 2-20 hold a defence pact
 * every year, 20-365 a neutrality pact until 1902 (ended in 1903), state 255 enters in 1903.
 * 10 + 10 + 10 + 15 + 15 = 60 dyad-years, 8 with an obligation.
 */
class ScorerTest {
    DyadFrame frame;

    @BeforeEach
    void frame() throws IOException {
        AllianceTable t = AtopReader.read(SyntheticWorlds.fixture("atop-dyads-1899-1911.csv"), null);
        frame = new DyadFrame(BacktestRunner.worlds(new SyntheticWorlds(), 1900, 1904), t);
    }

    /** Predicts only 2-20 tied; scores 1 for 2-20 and 0.5 for every other dyad. */
    private Forecast onlyTwoTwenty() {
        int n = frame.rows();
        boolean[] pred = new boolean[n];
        double[] score = new double[n];
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        for (int r = 0; r < n; r++) {
            pred[r] = frame.ccode1[r] == 2 && frame.ccode2[r] == 20;
            score[r] = pred[r] ? 1 : 0.5;
        }
        return new Forecast("only-2-20", pred, score, all, true);
    }

    private Map<String, Score> scores(Forecast f, String span) {
        List<Score> s = Scorer.score(frame, Map.of("any", List.of(f), "defence", List.of(f)), Span.of(1900, 1904, null),
                100, 5);
        return s.stream().filter(x -> x.span().equals(span)).collect(java.util.stream.Collectors.toMap(Score::measure, x -> x));
    }

    @Test
    void frameHoldsEveryDyadYearAndItsPast() {
        assertThat(frame.rows()).isEqualTo(60);
        long tied = java.util.stream.IntStream.range(0, 60).filter(r -> frame.observed(r, false)).count();
        assertThat(tied).isEqualTo(8);
        int first1903 = frame.yearStart[3];
        assertThat(frame.previousRow[0]).isEqualTo(-1);
        // in 1903, dyads with the entering state 255 have no row the year before
        for (int r = first1903; r < frame.yearStart[4]; r++) {
            boolean withEntrant = frame.ccode1[r] == 255 || frame.ccode2[r] == 255;
            assertThat(frame.previousRow[r] < 0).isEqualTo(withEntrant);
            if (!withEntrant) {
                int p = frame.previousRow[r];
                assertThat(frame.ccode1[p]).isEqualTo(frame.ccode1[r]);
                assertThat(frame.ccode2[p]).isEqualTo(frame.ccode2[r]);
                assertThat(frame.year(p)).isEqualTo(1902);
            }
        }
        assertThat(frame.observedBefore[0]).isGreaterThanOrEqualTo(0); // 1899 is covered by the table
    }

    @Test
    void handComputedMeasuresOverTheSpan() {
        Map<String, Score> s = scores(onlyTwoTwenty(), "1900-1904");
        // in force, any obligation: tp 5 (2-20), fn 3 (20-365 1900-02), fp 0
        assertThat(s.get("any.in-force.precision").value()).isEqualTo(1.0);
        assertThat(s.get("any.in-force.recall").value()).isEqualTo(5.0 / 8);
        assertThat(s.get("any.in-force.f1").value()).isCloseTo(10.0 / 13, within(1e-12));
        // no formation observed or predicted: undefined, not 0
        assertThat(s.get("any.formation.f1").value()).isNaN();
        // one termination observed (20-365 in 1903), none predicted
        assertThat(s.get("any.termination.recall").value()).isZero();
        assertThat(s.get("any.termination.precision").value()).isNaN();
        // AUC: 5 positives above all 52 negatives, 3 tied with them: (5*52 + 0.5*3*52) / (8*52)
        assertThat(s.get("any.auc").value()).isCloseTo(338.0 / 416, within(1e-12));
        // Brier: 3 positives at 0.5 and 52 negatives at 0.5 err by 0.25 each
        assertThat(s.get("any.brier").value()).isCloseTo(13.75 / 60, within(1e-12));
        // defence: only 2-20, every year
        assertThat(s.get("defence.in-force.f1").value()).isEqualTo(1.0);
        assertThat(s.get("defence.auc").value()).isEqualTo(1.0);
        assertThat(s.get("defence.in-force.f1").lower()).isEqualTo(1.0);
        assertThat(s.get("defence.in-force.f1").upper()).isEqualTo(1.0);
        assertThat(s.get("any.auc").lower()).isLessThanOrEqualTo(s.get("any.auc").upper());
    }

    @Test
    void singleYearsHaveNoInterval() {
        Map<String, Score> s = scores(onlyTwoTwenty(), "1903");
        assertThat(s.get("any.in-force.f1").value()).isEqualTo(1.0); // 20-365 ended: only 2-20 is tied
        assertThat(s.get("any.termination.recall").value()).isZero();
        assertThat(s.get("any.auc").lower()).isNaN();
    }

    @Test
    void sameSeedSameIntervals() {
        List<Score> a = Scorer.score(frame, Map.of("any", List.of(onlyTwoTwenty())), Span.of(1900, 1904, null), 100, 5);
        List<Score> b = Scorer.score(frame, Map.of("any", List.of(onlyTwoTwenty())), Span.of(1900, 1904, null), 100, 5);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theScoresDoNotDependOnTheThreadCount() {
        List<Forecast> many = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        for (int k = 0; k < 5; k++) {
            int n = frame.rows();
            boolean[] pred = new boolean[n];
            double[] score = new double[n];
            boolean[] all = new boolean[n];
            Arrays.fill(all, true);
            for (int row = 0; row < n; row++) {
                score[row] = r.nextDouble();
                pred[row] = score[row] > 0.5;
            }
            many.add(new Forecast("f" + k, pred, score, all, k % 2 == 0));
        }
        Map<String, List<Forecast>> byTarget = new java.util.LinkedHashMap<>();
        byTarget.put("any", many);
        byTarget.put("defence", many.subList(1, 4));
        List<Score> one = Scorer.score(frame, byTarget, Span.of(1900, 1904, null), 50, 3, 1);
        List<Score> three = Scorer.score(frame, byTarget, Span.of(1900, 1904, null), 50, 3, 3);
        assertThat(three).isEqualTo(one);
        assertThat(one).extracting(Score::theory).containsSubsequence("f0", "f1", "f4");
    }

    @Test
    void spansAreTheWholeTrainTestDecadesAndYears() {
        List<String> labels = Span.of(1905, 1931, 1920).stream().map(Span::label).toList();
        assertThat(labels.subList(0, 7)).containsExactly("1905-1931", "1905-1920", "1921-1931", "1905-1909",
                "1910-1919", "1920-1929", "1930-1931");
        assertThat(labels).contains("1905", "1931").hasSize(7 + 27);
    }

    @Test
    void baselinesAreFittedOnTrainingYearsOnly() {
        java.util.List<String> notes = new java.util.ArrayList<>();
        List<Forecast> early = Baselines.all(frame, 1902, false, notes);
        // UN ideal points start in 1906 in the synthetic world: nothing to fit on 1900-1902
        assertThat(early).extracting(Forecast::name).doesNotContain("baseline:un-voting")
                .contains("baseline:distance", "baseline:contiguity", "baseline:last-year", "baseline:logit");
        assertThat(notes).anyMatch(n -> n.startsWith("baseline:un-voting"));
        Forecast last = early.stream().filter(f -> f.name().equals("baseline:last-year")).findFirst().orElseThrow();
        assertThat(last.changes()).isFalse();
        // last year's alliances: in 1903, 20-365 is predicted tied (it was in 1902) although it ended
        int r = java.util.stream.IntStream.range(frame.yearStart[3], frame.yearStart[4])
                .filter(k -> frame.ccode1[k] == 20 && frame.ccode2[k] == 365).findFirst().orElseThrow();
        assertThat(last.predicted()[r]).isTrue();
        assertThat(frame.observed(r, false)).isFalse();
    }

    @Test
    void matchingThresholdPredictsAsManyAsObserved() {
        assertThat(Baselines.matchingThreshold(new double[] {0.1, 0.9, 0.5, 0.7}, 2)).isEqualTo(0.7);
        assertThat(Baselines.matchingThreshold(new double[] {0.1, 0.9}, 0)).isInfinite();
    }
}
