package org.alliancesim.model;

import static org.alliancesim.model.HandWorld.A;
import static org.alliancesim.model.HandWorld.B;
import static org.alliancesim.model.HandWorld.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.alliancesim.decision.DecisionModule;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.CounterfactualViews;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;

/** The commit phase on hand-written desires, run without a schedule or a decision phase. */
class CommitPhaseTest {
    private final WorldInputs w = HandWorld.inputs();
    private final String[] regimes = new String[3];
    private final TieBook ties = new TieBook(3);
    private final double[][] desire = new double[3][3];
    private final CommitPhase phase = new CommitPhase(ties, desire, w, regimes,
            new RiseSnapshots(w, regimes, new boolean[3]));

    CommitPhaseTest() {
        use(HandWorld.trader());
    }

    private void use(DecisionModule module) {
        Parameters p = Parameters.DEFAULTS;
        var view = HandWorld.assess(w);
        // No state has factions, so the attributor never reads a scenario.
        CauseAttributor attributor = new CauseAttributor(null,
                new CounterfactualViews(p.threat(), p.proximity(), p.power(), view.alliances()));
        phase.use(TieParams.DEFAULTS, attributor, new DecisionModule[] {module, module, module});
    }

    @Test
    void theCommitmentMovesTowardTheSmallerDesireWithInertia() {
        desire[A][B] = 0.9;
        desire[B][A] = 0.4;
        phase.run(1);
        assertThat(ties.commitment(A, B)).isCloseTo(0.25 * 0.4, within(1e-15));
        assertThat(ties.commitment(B, A)).as("symmetric").isEqualTo(ties.commitment(A, B));
        assertThat(ties.commitment(A, C)).isZero();
        phase.run(2);
        assertThat(ties.commitment(A, B)).isCloseTo(0.1 + 0.25 * (0.4 - 0.1), within(1e-15));
    }

    @Test
    void aRiseIsLoggedWithTheReluctantStateAsDecider() {
        desire[A][B] = 0.9;
        desire[B][A] = 0.6;
        int step = 0;
        while (ties.level(A, B) == Level.NONE) {
            phase.run(++step);
        }
        int rose = step;
        assertThat(phase.stepChanges()).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(rose);
            assertThat(c.from()).isEqualTo(Level.NONE);
            assertThat(c.to()).isEqualTo(Level.ALIGNMENT);
            assertThat(c.decider()).isEqualTo(B);
            assertThat(c.cause()).isNull();
        });
        assertThat(ties.peak(A, B).step()).as("the rise's snapshot").isEqualTo(step);
        phase.run(step + 1);
        assertThat(phase.stepChanges()).isEmpty();
        assertThat(phase.changes()).hasSize(1);
    }

    @Test
    void aFallIsAttributedToTheInputGroupThatCostTheDecidersDesire() {
        use(HandWorld.truster());
        w.setCredibility(A, B, 0.9);
        w.setCredibility(B, A, 0.9);
        desire[A][B] = 0.9;
        desire[B][A] = 0.9;
        int step = 0;
        while (ties.level(A, B) != Level.COALITION) {
            phase.run(++step);
        }
        // A stops trusting B (W4, credibility of partners) and wants less of the tie.
        w.setCredibility(A, B, 0.1);
        desire[A][B] = 0.1;
        while (ties.level(A, B) == Level.COALITION) {
            phase.run(++step);
        }
        TieChange fall = phase.stepChanges().get(0);
        assertThat(fall.isFall()).isTrue();
        assertThat(fall.decider()).isEqualTo(A);
        assertThat(fall.cause()).isEqualTo(Cause.W4);
    }

    @Test
    void withoutAttributionAFallIsOtherAndNoSnapshotIsTaken() {
        use(HandWorld.truster());
        phase.setAttributeCauses(false);
        desire[A][B] = 0.9;
        desire[B][A] = 0.9;
        int step = 0;
        while (ties.level(A, B) != Level.ALIGNMENT) {
            phase.run(++step);
        }
        assertThat(ties.peak(A, B)).isNull();
        w.setCredibility(A, B, 0.1);
        desire[A][B] = 0.1;
        while (ties.level(A, B) != Level.NONE) {
            phase.run(++step);
        }
        assertThat(phase.stepChanges().get(0).cause()).isEqualTo(Cause.OTHER);
    }

    @Test
    void aFallWithNoChangedInputIsOther() {
        desire[A][B] = 0.9;
        desire[B][A] = 0.9;
        int step = 0;
        while (ties.level(A, B) != Level.ALIGNMENT) {
            phase.run(++step);
        }
        desire[B][A] = 0;
        while (ties.level(A, B) != Level.NONE) {
            phase.run(++step);
        }
        TieChange fall = phase.stepChanges().get(0);
        assertThat(fall.decider()).isEqualTo(B);
        assertThat(fall.cause()).as("nothing moved: noise").isEqualTo(Cause.OTHER);
    }
}
