package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole backtest on the synthetic world and the fixture's alliances, everything on one pool: the
 * same frame, forecasts, notes and scores as the steps run one after the other on one thread.
 */
class BacktestTest {
    static final List<String> THEORIES = BacktestRunnerTest.THEORIES;

    /** The steps one after the other: worlds, chains, frame, baselines, scores. */
    private static Backtest.Result sequential(AllianceTable table, Backtest.Request req) throws Exception {
        var s = req.settings();
        var worlds = BacktestRunner.worlds(new SyntheticWorlds(), s.from(), s.to());
        var runs = BacktestRunner.run(worlds, THEORIES, s);
        DyadFrame frame = new DyadFrame(worlds, table);
        List<String> notes = new ArrayList<>();
        Map<String, List<Forecast>> forecasts = new LinkedHashMap<>();
        for (String target : List.of("any", "defence")) {
            List<Forecast> list = new ArrayList<>(Forecast.theories(runs, frame, Scorer.TARGETS.get(target)));
            list.addAll(Baselines.all(frame, req.lastTrainingYear(), Scorer.TARGETS.get(target), notes));
            forecasts.put(target, list);
        }
        List<Span> spans = Span.of(s.from(), s.to(), req.trainTo());
        return new Backtest.Result(req, frame, runs, forecasts, spans,
                Scorer.score(frame, forecasts, spans, req.replicates(), s.seed(), 1), notes);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void onePoolGivesWhatTheStepsInTurnGive(int threads) throws Exception {
        AllianceTable table = AtopReader.read(SyntheticWorlds.fixture("atop-dyads-1899-1911.csv"), null);
        // 1900-1903 train: UN distances start in 1906, so the UN-voting baseline cannot be fitted (a note)
        var req = new Backtest.Request(THEORIES, BacktestRunnerTest.settings(threads), 1903, 30);
        Backtest.Result want = sequential(table, new Backtest.Request(THEORIES, BacktestRunnerTest.settings(1), 1903,
                30));
        Backtest.Result got = Backtest.run(new SyntheticWorlds(), table, req);
        assertThat(got.notes()).isNotEmpty().containsExactlyElementsOf(want.notes());
        assertThat(got.scores()).isNotEmpty().containsExactlyElementsOf(want.scores());
        assertThat(got.frame().previousRow).containsExactly(want.frame().previousRow);
        assertThat(got.frame().covariates).isDeepEqualTo(want.frame().covariates);
        assertThat(got.frame().observedBefore).containsExactly(want.frame().observedBefore);
        for (String target : List.of("any", "defence")) {
            assertThat(got.forecasts().get(target)).extracting(Forecast::name)
                    .containsExactlyElementsOf(want.forecasts().get(target).stream().map(Forecast::name).toList());
            for (int k = 0; k < got.forecasts().get(target).size(); k++) {
                Forecast fc = got.forecasts().get(target).get(k);
                assertThat(fc.score()).containsExactly(want.forecasts().get(target).get(k).score());
                // the scorer's curve is the one the charts would compute from the rows
                RocCurve curve = got.curves().get(target).get(fc.name());
                RocCurve own = RocCurve.of(got.frame(), fc, Scorer.TARGETS.get(target));
                assertThat(curve.auc()).isEqualTo(own.auc());
                assertThat(curve.points()).hasSizeGreaterThan(1);
                assertThat(curve.points().toArray(double[][]::new)).isDeepEqualTo(own.points().toArray(double[][]::new));
            }
        }
    }
}
