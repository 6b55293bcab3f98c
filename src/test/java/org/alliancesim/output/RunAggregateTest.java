package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.alliancesim.TestScenarios;
import org.alliancesim.experiment.Replication;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

/** What the summary, the table and the charts read from all runs, from results made by hand. */
class RunAggregateTest {
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int STEPS = 3;
    /** The default scenario's focal pairs: IRN with RUS, USA and CHN. */
    private static final List<Replication.FocalPair> PAIRS = Replication.focalPairs(S);

    /** One run in which every pair ends at {@code level} with commitment {@code c}; focal pair k's series is {@code series[k]}. */
    private static Replication.Result run(String theory, int rep, Level level, double c, double[][] series,
                                          double[][] partner) {
        int n = S.states().size();
        Level[][] levels = new Level[n][n];
        double[][] commitment = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                levels[i][j] = level;
                commitment[i][j] = c;
            }
        }
        double[][] desire = new double[PAIRS.size()][STEPS];
        for (int k = 0; k < desire.length; k++) {
            for (int t = 0; t < STEPS; t++) {
                desire[k][t] = 0.1 * (rep + 1);
            }
        }
        return new Replication.Result(theory, rep, rep, STEPS, PAIRS, series, desire, List.of(), levels, commitment,
                partner);
    }

    private static RunAggregate aggregate(Replication.Result... runs) {
        RunAggregate agg = new RunAggregate(S, STEPS);
        for (Replication.Result r : runs) {
            agg.add(r);
        }
        return agg;
    }

    private static double[][] flat(double v) {
        double[][] s = new double[PAIRS.size()][STEPS];
        for (double[] row : s) {
            java.util.Arrays.fill(row, v);
        }
        return s;
    }

    @Test
    void finalLevelsAreCountedPerPairWhicheverWayItIsAsked() {
        RunAggregate agg = aggregate(run("walt", 0, Level.ALLIANCE, 0.9, flat(0), null),
                run("walt", 1, Level.COALITION, 0.6, flat(0), null),
                run("walt", 2, Level.COALITION, 0.3, flat(0), null));
        assertThat(agg.replications("walt")).isEqualTo(3);
        assertThat(agg.replications("other")).isZero();
        assertThat(agg.finalLevelCounts("walt", 0, 1)).containsExactly(0, 0, 2, 1);
        assertThat(agg.finalLevelCounts("walt", 1, 0)).containsExactly(0, 0, 2, 1);
        assertThat(agg.meanFinalCommitment("walt", 2, 0)).isCloseTo(0.6, within(1e-12));
        assertThat(agg.modalFinalLevel("walt", 0, 1)).isEqualTo(Level.COALITION);
        // a state has no tie with itself: no count at any level but none, and none is its modal level
        assertThat(agg.finalLevelCounts("walt", 2, 2)).containsExactly(0, 0, 0, 0);
        assertThat(agg.modalFinalLevel("walt", 1, 1)).isEqualTo(Level.NONE);
    }

    @Test
    void theModalLevelIsTheWeakestOfThoseTied() {
        assertThat(RunAggregate.modal(new int[] {2, 0, 0, 2})).isEqualTo(Level.NONE);
        assertThat(RunAggregate.modal(new int[] {1, 0, 3, 3})).isEqualTo(Level.COALITION);
        assertThat(RunAggregate.modal(new int[] {0, 0, 0, 0})).isEqualTo(Level.NONE);
        assertThat(RunAggregate.modal(new int[] {0, 1, 0, 0})).isEqualTo(Level.ALIGNMENT);
    }

    @Test
    void desiresAreMeansOverReplicationsAndThePartnersOnlyWhenRecorded() {
        RunAggregate agg = aggregate(run("walt", 0, Level.NONE, 0, flat(0), null),
                run("walt", 1, Level.NONE, 0, flat(0), null));
        assertThat(agg.meanFocalDesire("walt", 2)).containsExactly(new double[] {0.15, 0.15, 0.15}, within(1e-12));
        assertThat(agg.meanPartnerDesire("walt", 0)).isNull();

        RunAggregate both = aggregate(run("bot", 0, Level.NONE, 0, flat(0), flat(0.2)),
                run("bot", 1, Level.NONE, 0, flat(0), flat(0.6)));
        assertThat(both.meanPartnerDesire("bot", 1)).containsExactly(new double[] {0.4, 0.4, 0.4}, within(1e-12));
    }

    @Test
    void theMostCommittedPairsArePickedByTheirHighestMeanAndKeptInOrder() {
        double[][] a = flat(0);
        a[0] = new double[] {0, 0.2, 0.1};  // IRN-RUS peaks at 0.2
        a[1] = new double[] {0, 0.9, 0};    // IRN-USA at 0.9 (mean of 0.9 and 0.9)
        a[2] = new double[] {0.5, 0, 0};    // IRN-CHN at 0.25 (mean of 0.5 and 0)
        double[][] b = flat(0);
        b[0] = new double[] {0, 0.2, 0.1};
        b[1] = new double[] {0, 0.9, 0};
        RunAggregate agg = aggregate(run("walt", 0, Level.NONE, 0, a, null),
                run("walt", 1, Level.NONE, 0, b, null));
        assertThat(agg.mostCommittedPairs(2)).containsExactly(1, 2);
        assertThat(agg.mostCommittedPairs(1)).containsExactly(1);
        assertThat(agg.mostCommittedPairs(10)).containsExactly(0, 1, 2);
        assertThat(agg.focalSeries("walt", 2)).isDeepEqualTo(new double[][] {{0.5, 0, 0}, {0, 0, 0}});
    }

    @Test
    void theoriesKeepTheOrderOfTheirFirstRun() {
        RunAggregate agg = aggregate(run("walt", 0, Level.NONE, 0, flat(0), null),
                run("bot", 0, Level.NONE, 0, flat(0), null),
                run("walt", 1, Level.NONE, 0, flat(0), null));
        assertThat(agg.theories()).containsExactly("walt", "bot");
        assertThat(agg.focalPairs()).isEqualTo(PAIRS);
        assertThat(agg.steps()).isEqualTo(STEPS);
    }
}
