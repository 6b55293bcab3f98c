package org.alliancesim.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.Channel;
import org.alliancesim.world.RandomInputs;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;

/**
 * Each theory responds to its own drivers and ignores the others': a hand-built world of three
 * states A (the chooser), B (a strong partner) and C (a third party).
 */
class TheoryBehaviourTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    private static WorldInputs world(double intentAC, double intentAB, double delivered, double ownMilitary) {
        WorldInputs w = new WorldInputs(List.of("A", "B", "C"), List.of("economy", "military"));
        double[][] power = {{100, ownMilitary}, {400, 60}, {2000, 500}};
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 2; c++) {
                w.setComponent(i, c, power[i][c]);
            }
            w.setRevisionism(i, Revisionism.LIMITED);
        }
        w.setDistanceKm(A, B, 2000);
        w.setDistanceKm(A, C, 9000);
        w.setDistanceKm(B, C, 8000);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    w.setOffense(i, j, 0.6);
                    w.setCredibility(i, j, 0.9);
                    w.setIntent(i, j, 0.1);
                }
            }
        }
        w.setOffense(C, A, 0.9);
        w.setReach(C, 3);
        w.setIntent(A, C, intentAC);
        w.setIntent(A, B, intentAB);
        for (Channel ch : Channel.values()) {
            w.setGain(A, B, ch, 0.8);
        }
        w.setDelivered(A, B, delivered);
        return w;
    }

    private static double desire(DecisionModule m, WorldInputs w) {
        Assessment v = RandomInputs.assess(w);
        return m.desire(v, A, B);
    }

    private final DecisionModule bot = Theories.BALANCE_OF_THREAT.create(TheoryParams.DEFAULTS);
    private final DecisionModule sb = Theories.SCHWELLER_BANDWAGONING.create(TheoryParams.DEFAULTS);

    @Test
    void zeroPerceivedIntentMeansZeroThreatWhateverTheMaterialSources() {
        Assessment v = RandomInputs.assess(world(0, 0, 1, 10));
        assertThat(v.materialThreat(C, A)).isGreaterThan(0.5);
        assertThat(v.threat(A, C)).isZero();
        assertThat(v.threat(A, B)).isZero();
    }

    @Test
    void balanceOfThreatFollowsTheThreatSchwellerDoesNot() {
        double botThreatened = desire(bot, world(0.9, 0.05, 1, 10));
        double botSafe = desire(bot, world(0.05, 0.05, 1, 10));
        assertThat(botThreatened).isGreaterThan(0.4);
        assertThat(botSafe).isLessThan(botThreatened / 2);
        assertThat(desire(sb, world(0.9, 0.05, 1, 10))).isEqualTo(desire(sb, world(0.05, 0.05, 1, 10)));
    }

    @Test
    void schwellerFollowsDeliveredGainsBalanceOfThreatDoesNot() {
        assertThat(desire(sb, world(0.9, 0.05, 0.1, 10))).isLessThan(desire(sb, world(0.9, 0.05, 1, 10)) / 5);
        assertThat(desire(bot, world(0.9, 0.05, 0.1, 10))).isEqualTo(desire(bot, world(0.9, 0.05, 1, 10)));
    }

    @Test
    void aPartnerThatThreatensIsNoAllyUnderBalanceOfThreat() {
        assertThat(desire(bot, world(0.9, 0.9, 1, 10))).isLessThan(0.2 * desire(bot, world(0.9, 0.05, 1, 10)));
    }

    private static double factor(DecisionModule m, WorldInputs w, String name) {
        return m.explain(RandomInputs.assess(w), A, B).factors().stream().filter(f -> f.name().equals(name))
                .findFirst().orElseThrow().value();
    }

    @Test
    void growingStrongEnoughToFaceTheThreatAloneEndsTheNeedForAllies() {
        WorldInputs weak = world(0.9, 0.05, 1, 10);
        WorldInputs strong = world(0.9, 0.05, 1, 5000);
        String demand = "demand: security from partner";
        assertThat(factor(bot, strong, demand)).isLessThan(factor(bot, weak, demand) / 3);
        DecisionModule demandOnly = new BalanceOfThreat(new BalanceOfThreat.Params(0.05, 0,
                BalanceOfThreat.SharedBy.PARTNER, 0, 1, 1, 1));
        assertThat(desire(demandOnly, strong)).isLessThan(desire(demandOnly, weak) / 3);
    }

    @Test
    void aStateThatGrowsStrongValuesItsPartnerAsAClientInstead() {
        // Morrow (1991): the strong value the weak for what they add against the rival, so the
        // supply side rises as the state's own power does.
        String supply = "supply: partner's value against C";
        assertThat(factor(bot, world(0.9, 0.05, 1, 5000), supply))
                .isGreaterThan(factor(bot, world(0.9, 0.05, 1, 10), supply));
    }
}
