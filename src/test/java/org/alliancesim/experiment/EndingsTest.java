package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.model.Cause;
import org.alliancesim.model.TieChange;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

/** Ended share, median end step and dominant cause, on hand-made replications. */
class EndingsTest {
    private static final List<Replication.FocalPair> PAIRS = List.of(new Replication.FocalPair(0, 1),
            new Replication.FocalPair(0, 2));

    /** A replication in which pair 0-1 rose at step 2 and, if end >= 0, fell to none at end for cause. */
    private static Replication.Result run(int end, Cause cause) {
        List<TieChange> changes = new ArrayList<>();
        changes.add(new TieChange(2, 0, 1, Level.NONE, Level.ALIGNMENT, 1, null));
        if (end >= 0) {
            changes.add(new TieChange(end, 0, 1, Level.ALIGNMENT, Level.NONE, 0, cause));
        }
        return new Replication.Result("t", 0, 0, 100, PAIRS, new double[2][100], new double[2][100], changes, new Level[3][3],
                new double[3][3]);
    }

    @Test
    void countsEndingsAndTakesTheLowerMedianAndTheMostFrequentCause() {
        Endings e = new Endings(0);
        e.add(run(50, Cause.W2));
        e.add(run(40, Cause.W2));
        e.add(run(-1, null));
        e.add(run(70, Cause.W1));
        e.add(run(60, Cause.W2));
        assertThat(e.replications()).isEqualTo(5);
        assertThat(e.stood()).isEqualTo(5);
        assertThat(e.ended()).isEqualTo(4);
        assertThat(e.endedShare()).isEqualTo(0.8);
        assertThat(e.medianEndStep()).isEqualTo(50); // 40 50 60 70: the lower middle
        assertThat(e.dominantCause()).isEqualTo(Cause.W2);
        assertThat(e.count(Cause.W1)).isEqualTo(1);
    }

    @Test
    void aTieThatNeverEndedHasNoMedianAndNoCause() {
        Endings e = new Endings(0);
        e.add(run(-1, null));
        assertThat(e.endedShare()).isZero();
        assertThat(e.medianEndStep()).isEqualTo(-1);
        assertThat(e.dominantCause()).isNull();
    }

    @Test
    void aPairThatNeverStoodIsCountedAsSuch() {
        Endings other = new Endings(1);
        other.add(run(30, Cause.W4));
        assertThat(other.stood()).isZero();
        assertThat(other.ended()).isZero();
    }

    @Test
    void twoFocalStatesFacingEachOtherBothSeeTheirTieStand() {
        List<Replication.FocalPair> both = List.of(new Replication.FocalPair(0, 1), new Replication.FocalPair(1, 0));
        Replication.Result r = new Replication.Result("t", 0, 0, 10, both, new double[2][10], new double[2][10],
                List.of(new TieChange(2, 0, 1, Level.NONE, Level.ALIGNMENT, 1, null)), new Level[2][2], new double[2][2]);
        Endings reverse = new Endings(1);
        reverse.add(r);
        assertThat(reverse.stood()).isEqualTo(1);
    }

    @Test
    void equalCountsGoToTheEarlierCause() {
        Endings e = new Endings(0);
        e.add(run(10, Cause.S2));
        e.add(run(11, Cause.W3));
        assertThat(e.dominantCause()).isEqualTo(Cause.W3);
    }
}
