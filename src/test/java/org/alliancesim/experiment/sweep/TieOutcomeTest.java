package org.alliancesim.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.TieOutcome;
import org.alliancesim.model.Cause;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TieOutcomeTest {
    static Scenario scenario(String ties) throws Exception {
        return ScenarioLoader.parse("""
                name: t
                time: {start: 2000, unit: year, steps: 30}
                focal: [A]
                ties: %s
                states:
                  - {id: A, capital: {lat: 0, lon: 0}, power: {composite: 1}}
                  - {id: B, capital: {lat: 0, lon: 5}, power: {composite: 1}}
                  - {id: C, capital: {lat: 0, lon: 9}, power: {composite: 1}}
                """.formatted(ties), "t.yaml");
    }

    static Replication.Result result(Scenario s, List<TieChange> changes) {
        return new Replication.Result("balance-of-threat", 0, 1, 30, Replication.focalPairs(s), new double[2][30], new double[2][30],
                changes, new Level[3][3], new double[3][3]);
    }

    @Test
    void theFirstSpellCountsFromItsRiseToItsFallToNone() throws Exception {
        Scenario s = scenario("[]");
        var r = result(s, List.of(
                new TieChange(2, 0, 1, Level.NONE, Level.ALIGNMENT, 0, null),
                new TieChange(5, 1, 0, Level.ALIGNMENT, Level.COALITION, 0, null),
                new TieChange(8, 0, 1, Level.COALITION, Level.ALIGNMENT, 1, Cause.W4),
                new TieChange(10, 0, 1, Level.ALIGNMENT, Level.NONE, 0, Cause.W2),
                new TieChange(12, 0, 1, Level.NONE, Level.ALIGNMENT, 0, null),
                new TieChange(4, 0, 2, Level.NONE, Level.ALIGNMENT, 0, null)));
        assertThat(TieOutcome.of(s, r, 0)).isEqualTo(new TieOutcome(2, true, 10, 8, "W2"));
        // A-C rose at 4 and stood to the end: censored after 30 - 4 steps
        assertThat(TieOutcome.of(s, r, 1)).isEqualTo(new TieOutcome(4, false, -1, 26, null));
    }

    @Test
    void aTieThatNeverStoodIsNotASpellAndADeclaredTieStandsFromZero() throws Exception {
        Scenario s = scenario("[{between: [A, B], level: coalition}]");
        var r = result(s, List.of(new TieChange(7, 0, 1, Level.COALITION, Level.NONE, 1, Cause.OTHER)));
        assertThat(TieOutcome.of(s, r, 0)).isEqualTo(new TieOutcome(0, true, 7, 7, "other"));
        TieOutcome never = TieOutcome.of(s, r, 1);
        assertThat(never.stood()).isFalse();
        assertThat(never.duration()).isEqualTo(-1);
    }

    /** Random changes among three states, two of them focal (so that A-B is two focal pairs), and a declared tie. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void allGivesWhatOfGivesEachPair(long seed) throws Exception {
        Scenario s = ScenarioLoader.parse("""
                name: t
                time: {start: 2000, unit: year, steps: 30}
                focal: [A, B]
                ties: [{between: [B, C], level: alignment}]
                states:
                  - {id: A, capital: {lat: 0, lon: 0}, power: {composite: 1}}
                  - {id: B, capital: {lat: 0, lon: 5}, power: {composite: 1}}
                  - {id: C, capital: {lat: 0, lon: 9}, power: {composite: 1}}
                """, "t.yaml");
        java.util.Random rnd = new java.util.Random(seed);
        List<TieChange> changes = new java.util.ArrayList<>();
        Level[] levels = Level.values();
        for (int step = 1; step < 30; step++) {
            if (rnd.nextInt(3) == 0) {
                int a = rnd.nextInt(3);
                int b = (a + 1 + rnd.nextInt(2)) % 3;
                Level to = levels[rnd.nextInt(levels.length)];
                changes.add(new TieChange(step, a, b, Level.NONE, to, a, to == Level.NONE ? Cause.W2 : null));
            }
        }
        var pairs = Replication.focalPairs(s);
        var r = new Replication.Result("identity", 0, 1, 30, pairs, new double[pairs.size()][30],
                new double[pairs.size()][30], changes, new Level[3][3], new double[3][3]);
        TieOutcome[] all = TieOutcome.all(s, r);
        assertThat(all).hasSize(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(all[k]).as("pair %d", k).isEqualTo(TieOutcome.of(s, r, k));
        }
    }
}
