package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.experiment.Endings;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.Cause;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

class TieVerdictTest {
    private static final TimeSpec QUARTERS = new TimeSpec(2022, TimeSpec.Unit.QUARTER, 100);

    /** A two-state run whose only focal pair (0,1) goes through {@code changes}. */
    static Replication.Result run(List<TieChange> changes) {
        return new Replication.Result("t", 0, 1, 40, List.of(new Replication.FocalPair(0, 1)), new double[1][40],
                new double[1][40], changes, new Level[][] {{Level.NONE, Level.NONE}, {Level.NONE, Level.NONE}},
                new double[2][2]);
    }

    static TieChange change(int step, Level from, Level to, Cause cause) {
        return new TieChange(step, 0, 1, from, to, 0, cause);
    }

    private static Endings endings(List<List<TieChange>> runs) {
        Endings e = new Endings(0);
        runs.forEach(r -> e.add(run(r)));
        return e;
    }

    @Test
    void aTieThatNeverStoodIsNeverFormedNotHolds() {
        TieVerdict v = TieVerdict.of(endings(List.of(List.of(), List.of())), Level.NONE, Level.NONE, QUARTERS);
        assertThat(v.outcome()).isEqualTo(TieVerdict.Outcome.NEVER_FORMED);
        assertThat(v.text()).isEqualTo("never formed");
        assertThat(v.formedShare()).isZero();
        assertThat(v.medianEndDate()).isEmpty();
        assertThat(v.causeShare(Cause.W2)).isNaN();
    }

    @Test
    void aTieThatStoodAndNeverEndedHoldsAtItsFinalLevel() {
        List<TieChange> rise = List.of(change(3, Level.NONE, Level.ALIGNMENT, null),
                change(9, Level.ALIGNMENT, Level.COALITION, null));
        TieVerdict v = TieVerdict.of(endings(List.of(rise, List.of())), Level.ALIGNMENT, Level.COALITION, QUARTERS);
        assertThat(v.outcome()).isEqualTo(TieVerdict.Outcome.HOLDS);
        assertThat(v.formedShare()).isEqualTo(0.5);
        assertThat(v.text()).isEqualTo("holds (coalition)");
        assertThat(v.firstLevel()).isEqualTo(Level.ALIGNMENT);
    }

    @Test
    void anEndingGivesShareCausesWithTheirSharesAndTheMedianDate() {
        List<List<TieChange>> runs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Cause c = k < 3 ? Cause.W6 : Cause.W2;
            runs.add(List.of(change(1, Level.NONE, Level.ALIGNMENT, null), change(8 + k, Level.ALIGNMENT, Level.NONE, c)));
        }
        runs.add(List.of(change(1, Level.NONE, Level.ALIGNMENT, null)));
        TieVerdict v = TieVerdict.of(endings(runs), Level.ALIGNMENT, Level.NONE, QUARTERS);
        assertThat(v.outcome()).isEqualTo(TieVerdict.Outcome.ENDS);
        assertThat(v.causeShare(Cause.W6)).isEqualTo(0.75);
        assertThat(v.causeShare(Cause.W1)).isZero();
        // end steps 8, 9, 10, 11: the lower middle one, step 9 = 2024Q2
        assertThat(v.medianEndDate()).isEqualTo("2024Q2");
        assertThat(v.text()).isEqualTo("ends 80% (W6 75%, W2 25%, median 2024Q2)");
    }

    @Test
    void aTieThatBrokeAndReFormedHoldsButSaysSo() {
        List<TieChange> r = List.of(change(1, Level.NONE, Level.ALIGNMENT, null), change(9, Level.ALIGNMENT, Level.NONE, Cause.W4),
                change(20, Level.NONE, Level.ALIGNMENT, null));
        assertThat(ScenarioOutcome.brokeAndReformed(run(r), 0)).isTrue();
        assertThat(ScenarioOutcome.brokeAndReformed(run(r.subList(0, 2)), 0)).as("ended: not re-formed").isFalse();
        TieVerdict v = TieVerdict.of(endings(List.of(r, List.of(r.get(0)))), Level.ALIGNMENT, Level.ALIGNMENT, 0.5, QUARTERS);
        assertThat(v.outcome()).isEqualTo(TieVerdict.Outcome.HOLDS);
        assertThat(v.text()).isEqualTo("holds (alignment; broke and re-formed in 50%)");
    }

    @Test
    void oneCauseIsNamedWithoutAShare() {
        List<TieChange> r = List.of(change(0, Level.ALIGNMENT, Level.NONE, Cause.S2));
        TieVerdict v = TieVerdict.of(endings(List.of(r)), Level.ALIGNMENT, Level.NONE, QUARTERS);
        assertThat(v.text()).isEqualTo("ends 100% (S2, median 2022Q1)");
        assertThat(ScenarioOutcome.firstLevel(run(r), 0)).as("declared at step 0").isEqualTo(Level.ALIGNMENT);
    }

    @Test
    void countsAreWrittenInTheRightNumber() {
        assertThat(Plural.of(1, "replication")).isEqualTo("1 replication");
        assertThat(Plural.of(0, "member")).isEqualTo("0 members");
        assertThat(Plural.of(2, "theory", "theories")).isEqualTo("2 theories");
    }
}
