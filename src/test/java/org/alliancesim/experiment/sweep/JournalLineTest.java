package org.alliancesim.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancesim.experiment.TieOutcome;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

/**
 * A sweep run's journal line: point, replication, seed, the point's values, theory, then per focal
 * pair formed step, ended, end step, duration, cause, final level and mean commitment, with empty
 * fields where they do not apply.
 */
class JournalLineTest {

    @Test
    void aRunIsOneLineOfItsValues() {
        SweepRun run = new SweepRun(3, 1, -42L, "balance-of-threat", List.of(
                new SweepRun.Pair(new TieOutcome(2, true, 10, 8, "W2"), Level.NONE, 0.1234564),
                new SweepRun.Pair(new TieOutcome(0, false, -1, 40, null), Level.COALITION, 1.0),
                new SweepRun.Pair(new TieOutcome(-1, false, -1, -1, null), Level.NONE, 0.0)));
        assertThat(JournalLine.of(run, new double[] {0.25, 1800, 1.0 / 3}))
                .isEqualTo("3,1,-42,0.25,1800,0.333333,balance-of-threat"
                        + ",2,1,10,8,W2,none,0.123456"
                        + ",0,0,,40,,coalition,1"
                        + ",,,,,,none,0\n");
    }
}
