package org.alliancesim.model;

import static org.alliancesim.model.HandWorld.A;
import static org.alliancesim.model.HandWorld.B;
import static org.alliancesim.model.HandWorld.C;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;

/** The peaks cause attribution reads: one frozen snapshot per step for the pairs that rose. */
class RiseSnapshotsTest {

    @Test
    void aSnapshotFreezesTheRowsOfThePairsThatRose() {
        WorldInputs w = HandWorld.inputs();
        String[] regimes = {"x", "y", "z"};
        RiseSnapshots snapshots = new RiseSnapshots(w, regimes, new boolean[3]);
        TieBook ties = new TieBook(3);
        w.setCredibility(A, B, 0.5);
        snapshots.rose(A, B);
        snapshots.takeFor(ties, 4);
        InputSnapshot peak = ties.peak(B, A);
        w.setCredibility(A, B, 0.1);
        regimes[A] = "w";

        assertThat(peak.step()).isEqualTo(4);
        assertThat(peak.inputs().credibility(A, B)).isEqualTo(0.5);
        assertThat(peak.regimes()).containsExactly("x", "y", "z");
        assertThat(ties.peak(A, C)).isNull();

        snapshots.takeFor(ties, 5);
        assertThat(ties.peak(A, B)).as("no pair rose: no new snapshot").isSameAs(peak);
    }

    /** A's factions set intent and credibility; B and C have none; a faction of aims alone sets no row. */
    @Test
    void theRowsARegimeChangeReadsAreThoseOfStatesWhoseFactionsSetRows() throws Exception {
        assertThat(CauseAttributor.regimeRows(EventTestWorld.scenario("  []\n"))).containsExactly(true, false, false);
        String aimsOnly = EventTestWorld.text("  []\n")
                .replace("        perceives: {B: 0.7}\n        credibility: {B: 0.3}\n", "");
        assertThat(aimsOnly).doesNotContain("{B: 0.7}");
        assertThat(CauseAttributor.regimeRows(ScenarioLoader.parse(aimsOnly, EventTestWorld.FILE)))
                .containsExactly(false, false, false);
    }

    @Test
    void theInitialSnapshotIsTheWorldAtTheStart() {
        WorldInputs w = HandWorld.inputs();
        RiseSnapshots snapshots = new RiseSnapshots(w, new String[3], new boolean[3]);
        InputSnapshot initial = snapshots.initial();
        w.setIntent(C, A, 0.9);
        assertThat(initial.step()).isZero();
        assertThat(initial.inputs().intent(C, A)).isEqualTo(0.2);
    }
}
