package org.alliancesim.model;

import static org.alliancesim.model.HandWorld.A;
import static org.alliancesim.model.HandWorld.B;
import static org.alliancesim.model.HandWorld.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The perceive phase on a hand-built world, run without a schedule. */
class PerceivePhaseTest {
    private static final PerceptionParams NO_NOISE = new PerceptionParams(0.3, 0, 0.2, 0.8);

    private static PerceptionNoise noise(long seed) {
        return PerceptionNoise.create(PerceptionParams.Generator.XOROSHIRO128PLUSPLUS, seed);
    }

    private static PerceivePhase phase(WorldInputs w, Signals s, TieBook ties, double[][] desire, Parameters p) {
        EventSchedule events = new EventSchedule(List.of(), w, null, new String[3]);
        PerceivePhase phase = new PerceivePhase(w, s, events, ties, desire);
        phase.use(p, false);
        return phase;
    }

    @Test
    void perceivedIntentMovesAShareOfTheWayTowardTheSignal() {
        WorldInputs w = HandWorld.inputs();
        Signals s = new Signals(3);
        s.intent[A][B] = 1.0;
        PerceivePhase phase = phase(w, s, new TieBook(3), new double[3][3], HandWorld.parameters(NO_NOISE, LearningParams.NONE));

        phase.run(0, noise(1));
        assertThat(w.intent(A, B)).as("step 0 perceives nothing").isEqualTo(0.2);
        phase.run(1, noise(1));
        assertThat(w.intent(A, B)).isCloseTo(0.2 + 0.3 * (1.0 - 0.2), within(1e-12));
        assertThat(w.intent(A, C)).as("signal 0: perception falls toward it").isCloseTo(0.2 * 0.7, within(1e-12));
        assertThat(phase.step()).isEqualTo(1);
    }

    @Test
    void theAssessmentIsOfThisStepsPerceptions() {
        WorldInputs w = HandWorld.inputs();
        Signals s = new Signals(3);
        s.intent[A][C] = 1.0;
        PerceivePhase phase = phase(w, s, new TieBook(3), new double[3][3], HandWorld.parameters(NO_NOISE, LearningParams.NONE));
        double before = phase.view().threat(A, C);

        phase.run(1, noise(1));

        assertThat(phase.view().threat(A, C)).isGreaterThan(before);
        assertThat(phase.view().threat(A, C)).isEqualTo(w.intent(A, C) * phase.view().materialThreat(C, A));
    }

    @ParameterizedTest
    @EnumSource(PerceptionParams.Generator.class)
    void noiseDrawsFromTheGivenGeneratorInAFixedOrder(PerceptionParams.Generator g) {
        Parameters p = HandWorld.parameters(new PerceptionParams(0.3, 0.05, 0.2, 0.8, g), LearningParams.NONE);
        WorldInputs w1 = HandWorld.inputs();
        WorldInputs w2 = HandWorld.inputs();
        phase(w1, new Signals(3), new TieBook(3), new double[3][3], p).run(1, PerceptionNoise.create(g, 7));
        phase(w2, new Signals(3), new TieBook(3), new double[3][3], p).run(1, PerceptionNoise.create(g, 7));
        PerceptionNoise r = PerceptionNoise.create(g, 7);
        double[] expected = new double[3 * 3];
        for (int i = 0; i < 3; i++) { // perceiver, then perceived
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    double x = 0.2;
                    x += 0.3 * (0 - x);
                    x += 0.05 * r.nextGaussian();
                    expected[i * 3 + j] = Math.min(1, Math.max(0, x));
                }
            }
        }

        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    assertThat(w1.intent(i, j)).as("%d-%d", i, j).isEqualTo(w2.intent(i, j)).isEqualTo(expected[i * 3 + j]);
                }
            }
        }
        assertThat(w1.intent(A, B)).isNotEqualTo(w1.intent(A, C));
    }

    @Test
    void guiltByAssociationRaisesIntentTowardThePartnerOfTheThreat() {
        WorldInputs w = HandWorld.inputs();
        Signals s = new Signals(3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s.intent[i][j] = i == j ? 0 : 0.2; // perception stays where it is
            }
        }
        s.intent[A][C] = 0.9;
        w.setIntent(A, C, 0.9); // C is A's principal threat
        TieBook ties = new TieBook(3);
        ties.set(B, C, 0.6, org.alliancesim.world.Level.COALITION);
        Parameters p = HandWorld.parameters(NO_NOISE, new LearningParams(0.1, 0, 0));
        PerceivePhase phase = phase(w, s, ties, new double[3][3], p);
        phase.run(0, noise(1));
        assertThat(phase.view().principalThreat(A, -1)).isEqualTo(C);

        phase.run(1, noise(1));

        assertThat(w.intent(A, B)).as("B is tied to A's threat").isCloseTo(0.2 + 0.1 * 0.6 * (1 - 0.2), within(1e-12));
    }

    @Test
    void blocsMoveOnlyWhenTheLandscapeModuleIsUsed() {
        Parameters p = HandWorld.parameters(NO_NOISE, LearningParams.NONE);
        WorldInputs w = HandWorld.inputs();
        PerceivePhase phase = new PerceivePhase(w, new Signals(3), new EventSchedule(List.of(), w, null, new String[3]),
                new TieBook(3), new double[3][3]);
        phase.use(p, false);
        phase.run(0, noise(1));
        assertThat(phase.view().bloc(A)).isEqualTo(-1);

        phase.use(p, true);
        phase.run(1, noise(1));
        assertThat(phase.view().bloc(A)).isZero();
        int[] sides = {phase.view().bloc(A), phase.view().bloc(B), phase.view().bloc(C)};
        phase.use(p, true);
        assertThat(new int[] {phase.view().bloc(A), phase.view().bloc(B), phase.view().bloc(C)})
                .as("new parameters keep the blocs").isEqualTo(sides);
    }
}
