package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.history.YearWorld;
import org.alliancesim.scenario.TieSpec;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

class BacktestRunnerTest {
    static final List<String> THEORIES = List.of("balance-of-threat", "balance-of-power", "walt-bandwagoning");

    static BacktestRunner.Settings settings(int threads) {
        return new BacktestRunner.Settings(SyntheticWorlds.FIRST, SyntheticWorlds.LAST, 6, 11, p -> p, threads);
    }

    @Test
    void everyYearPredictsEveryDyadOfItsStates() throws Exception {
        var worlds = BacktestRunner.worlds(new SyntheticWorlds(), SyntheticWorlds.FIRST, SyntheticWorlds.LAST);
        var runs = BacktestRunner.run(worlds, THEORIES, settings(2));
        assertThat(runs.keySet()).containsExactlyElementsOf(THEORIES);
        for (List<YearPrediction> ys : runs.values()) {
            assertThat(ys).hasSize(12);
            assertThat(ys.get(0).levels()).hasSize(10);      // 5 states before the entry
            assertThat(ys.get(3).levels()).hasSize(15);      // 6 from 1903
            assertThat(ys.get(3).ccodes()).containsExactly(2, 20, 200, 220, 255, 365);
        }
    }

    @Test
    void lastYearsTiesAreCarriedByCowCodeAndEnteringStatesStartWithNone() throws Exception {
        var worlds = BacktestRunner.worlds(new SyntheticWorlds(), SyntheticWorlds.FIRST, SyntheticWorlds.LAST);
        var runs = BacktestRunner.run(worlds, List.of("balance-of-threat"), settings(1));
        YearPrediction y1902 = runs.get("balance-of-threat").get(2);
        Map<Long, Level> carried = new HashMap<>();
        int n = y1902.ccodes().length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Level l = y1902.levels()[YearPrediction.pair(n, i, j)];
                if (l != Level.NONE) {
                    carried.put(Chain.key(y1902.ccodes()[i], y1902.ccodes()[j]), l);
                }
            }
        }
        assertThat(carried).isNotEmpty(); // the synthetic threat does tie the small states
        YearWorld w1903 = worlds.get(3);
        var sc = Chain.yearScenario(w1903, "balance-of-threat", 6, carried, p -> p);
        assertThat(sc.defaultModule()).isEqualTo("balance-of-threat");
        assertThat(sc.focal()).isEmpty();
        assertThat(sc.states()).allMatch(s -> s.module() == null);
        assertThat(sc.ties()).hasSize(carried.size());
        for (TieSpec t : sc.ties()) {
            int a = w1903.ccodes()[sc.indexOf(t.a())];
            int b = w1903.ccodes()[sc.indexOf(t.b())];
            assertThat(t.level()).isEqualTo(carried.get(Chain.key(a, b)));
            assertThat(a).isNotEqualTo(255).as("the state entering in 1903 has no tie to carry");
            assertThat(b).isNotEqualTo(255);
        }
        var first = Chain.yearScenario(worlds.get(0), "balance-of-threat", 6, Map.of(), p -> p);
        assertThat(first.ties()).isEmpty();
    }

    @Test
    void predictionsDoNotDependOnTheThreadCount() throws Exception {
        var worlds = BacktestRunner.worlds(new SyntheticWorlds(), SyntheticWorlds.FIRST, SyntheticWorlds.LAST);
        var one = BacktestRunner.run(worlds, THEORIES, settings(1));
        var three = BacktestRunner.run(worlds, THEORIES, settings(3));
        for (String t : THEORIES) {
            for (int k = 0; k < 12; k++) {
                assertThat(three.get(t).get(k).levels()).containsExactly(one.get(t).get(k).levels());
                assertThat(three.get(t).get(k).commitments()).containsExactly(one.get(t).get(k).commitments());
            }
        }
    }

    @Test
    void parametersAreAppliedToEveryYear() throws Exception {
        var worlds = BacktestRunner.worlds(new SyntheticWorlds(), SyntheticWorlds.FIRST, SyntheticWorlds.LAST);
        var strict = new BacktestRunner.Settings(SyntheticWorlds.FIRST, SyntheticWorlds.LAST, 6, 11,
                p -> ParamsFile.parseUnchecked("parameters: {ties: {alignment: 0.9, coalition: 0.95, alliance: 0.99}}")
                        .applyChecked(p), 1);
        var runs = BacktestRunner.run(worlds, List.of("balance-of-threat"), strict);
        for (YearPrediction y : runs.get("balance-of-threat")) {
            assertThat(y.levels()).containsOnly(Level.NONE);
        }
    }

    @Test
    void worldsBuiltOnSeveralThreadsComeInYearOrderAndTheEarliestFailureIsThrown() {
        var one = BacktestRunner.worlds(new SyntheticWorlds(), SyntheticWorlds.FIRST, SyntheticWorlds.LAST);
        var four = BacktestRunner.worlds(new SyntheticWorlds(), SyntheticWorlds.FIRST, SyntheticWorlds.LAST, 4);
        assertThat(four).extracting(YearWorld::year).containsExactlyElementsOf(one.stream().map(YearWorld::year).toList());
        for (int k = 0; k < one.size(); k++) {
            assertThat(four.get(k).ccodes()).containsExactly(one.get(k).ccodes());
            assertThat(four.get(k).scenario().states()).isEqualTo(one.get(k).scenario().states());
        }
        var broken = SyntheticWorlds.failingIn(1903, 1908);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BacktestRunner.worlds(broken, SyntheticWorlds.FIRST,
                SyntheticWorlds.LAST, 4)).isInstanceOf(IllegalArgumentException.class).hasMessage("no capital in 1903");
    }
}
