package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.alliancesim.model.Cause;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paper's comparison (docs/theory.md Tables 2 and 4), replayed on the termination library with
 * 20 seeded replications per scenario and theory: which conditions end the IRN-RUS tie under
 * balance of threat (BoT) and under Schweller's bandwagoning for profit (SB), and whether the
 * model, not the scenario's label, names the condition as the cause.
 */
class TerminationOutcomesTest {
    static final String BOT = "balance-of-threat";
    static final String SB = "schweller-bandwagoning";
    static final int REPS = 20;
    private static final Map<String, Endings> CACHE = new ConcurrentHashMap<>();

    /** The IRN-RUS endings of a termination scenario under a theory (computed once). */
    static Endings irnRus(String file, String theory) {
        return CACHE.computeIfAbsent(file + "|" + theory, k -> {
            try {
                Scenario s = ScenarioLoader.load(Path.of("scenarios", "termination", file + ".yaml"));
                int pair = pairIndex(s, "IRN", "RUS");
                Endings e = new Endings(pair);
                for (int r = 0; r < REPS; r++) {
                    e.add(Replication.run(s, theory, r, Seeds.replication(1, r), s.time().steps(), List.of()));
                }
                return e;
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    static int pairIndex(Scenario s, String a, String b) {
        List<Replication.FocalPair> pairs = Replication.focalPairs(s);
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.get(k).state() == s.indexOf(a) && pairs.get(k).partner() == s.indexOf(b)) {
                return k;
            }
        }
        throw new IllegalArgumentException(a + "-" + b + " is not a focal pair");
    }

    @Test
    void usThreatRecedingEndsTheTieUnderBalanceOfThreatOnly() {
        Endings bot = irnRus("w2-us-threat-recedes", BOT);
        assertThat(bot.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(bot.dominantCause()).isEqualTo(Cause.W2);
        assertThat(irnRus("w2-us-threat-recedes", SB).endedShare()).isLessThanOrEqualTo(0.2);
    }

    /** The IRN-RUS falls (any level) in one replication of a termination scenario. */
    static List<org.alliancesim.model.TieChange> falls(Scenario s, String theory, int rep) {
        int irn = s.indexOf("IRN");
        int rus = s.indexOf("RUS");
        return Replication.run(s, theory, rep, Seeds.replication(1, rep), s.time().steps(), List.of()).changes()
                .stream().filter(c -> c.isFall() && Math.min(c.a(), c.b()) == Math.min(irn, rus)
                        && Math.max(c.a(), c.b()) == Math.max(irn, rus)).toList();
    }

    static Scenario load(String file) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", "termination", file + ".yaml"));
    }

    /**
     * Where the model now disagrees with the paper (docs/termination.md): the US decline brings the
     * balance-of-threat tie down from coalition, attributed to W6, but Russia's supply-side interest
     * in denying Iran to the US keeps an alignment. Pinned so that a change is noticed.
     */
    @Test
    void usDeclineWeakensTheBalanceOfThreatTieThroughW6AndBandwagoningIgnoresIt() throws Exception {
        Scenario s = load("w6-us-decline");
        for (int rep = 0; rep < 3; rep++) {
            var falls = falls(s, BOT, rep);
            assertThat(falls).as("the tie falls").isNotEmpty();
            assertThat(falls.get(0).cause()).isEqualTo(Cause.W6);
        }
        assertThat(irnRus("w6-us-decline", SB).endedShare()).isLessThanOrEqualTo(0.2);
        // Without the supply side (Morrow's patron motive) the decline ends the tie, as the paper says.
        var p = s.parameters();
        var b = p.balanceOfThreat();
        Scenario demandOnly = s.withParameters(new org.alliancesim.scenario.Parameters(p.threat(), p.proximity(),
                p.power(), p.perception(), p.ties(), new org.alliancesim.decision.BalanceOfThreat.Params(b.threatHalf(),
                        b.allyCapabilityWeight(), b.sharedBy(), 0, 1, 1, 1), p.waltBandwagoning(), p.interests(),
                p.schweller(), p.balanceOfPower(), p.interdependence(), p.identity(), p.landscape(), p.alliances(),
                p.learning()));
        var last = falls(demandOnly, BOT, 0);
        assertThat(last).isNotEmpty();
        assertThat(last.get(last.size() - 1).to()).isEqualTo(org.alliancesim.world.Level.NONE);
    }

    @Test
    void russianDeclineEndsTheTieUnderBandwagoningOnly() {
        assertThat(irnRus("w6-russia-decline", BOT).endedShare()).as("a common enemy is enough").isLessThanOrEqualTo(0.2);
        Endings sb = irnRus("w6-russia-decline", SB);
        assertThat(sb.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(sb.dominantCause()).isEqualTo(Cause.W6);
    }

    @Test
    void undeliveredGainsEndTheTieUnderBandwagoningOnly() {
        assertThat(irnRus("s2-gains-not-delivered", BOT).endedShare()).isLessThanOrEqualTo(0.2);
        Endings sb = irnRus("s2-gains-not-delivered", SB);
        assertThat(sb.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(sb.dominantCause()).isEqualTo(Cause.S2);
    }

    @Test
    void aThreatFromRussiaEndsTheTieUnderBalanceOfThreat() {
        Endings bot = irnRus("w1-iran-perceives-russian-threat", BOT);
        assertThat(bot.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(bot.dominantCause()).isEqualTo(Cause.W1);
    }

    @Test
    void iranBecomingPowerfulEndsTheTieUnderBandwagoningOnly() {
        assertThat(irnRus("s1-iran-becomes-powerful", BOT).endedShare()).isLessThanOrEqualTo(0.2);
        Endings sb = irnRus("s1-iran-becomes-powerful", SB);
        assertThat(sb.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(sb.dominantCause()).isEqualTo(Cause.S1);
    }

    @Test
    void regimeChangeEndsTheTieUnderBalanceOfThreat() {
        assertThat(irnRus("w5-iran-looks-west", BOT).endedShare()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * W4 with credibility learnt from conduct: the collapse of trust brings the tie down (cause W4),
     * then Russia's conduct, which stays as forthcoming as Iran's, restores it; with that learning
     * off the collapse ends the tie as the paper's Table 2 says.
     */
    @Test
    void lostTrustThatConductDoesNotJustifyHealsUnlessLearningIsOff() throws Exception {
        Scenario s = load("w4-russia-credibility-collapses");
        var falls = falls(s, BOT, 0);
        assertThat(falls).isNotEmpty();
        assertThat(falls.get(0).cause()).isEqualTo(Cause.W4);
        var m = new org.alliancesim.model.AllianceModel(s, BOT, 1);
        m.runSteps(s.time().steps());
        assertThat(m.inputs().credibility(s.indexOf("IRN"), s.indexOf("RUS"))).as("trust relearnt").isGreaterThan(0.5);
        var p = s.parameters();
        Scenario fixedTrust = s.withParameters(p.withLearning(new org.alliancesim.world.LearningParams(
                p.learning().intentFromAlignment(), 0, p.learning().gainsFromDelivery())));
        var f2 = falls(fixedTrust, BOT, 0);
        assertThat(f2).isNotEmpty();
        assertThat(f2.get(f2.size() - 1).to()).isEqualTo(org.alliancesim.world.Level.NONE);
        assertThat(f2.get(f2.size() - 1).cause()).isEqualTo(Cause.W4);
        assertThat(irnRus("w4-russia-credibility-collapses", SB).endedShare()).isLessThanOrEqualTo(0.2);
    }

    /**
     * Where the model disagrees with the paper (docs/termination.md): Iran's military growth
     * weakens the balance-of-threat tie to alignment but does not end it, because the US threat
     * persists and vulnerability only shrinks as a contest ratio. Pinned so that a change to it
     * is noticed and the documentation updated.
     */
    @Test
    void ownMilitaryGrowthWeakensButDoesNotEndTheBalanceOfThreatTie() {
        Endings bot = irnRus("w3-iran-military-grows", BOT);
        assertThat(bot.stood()).isEqualTo(REPS);
        assertThat(bot.ended()).isZero();
    }

    static Stream<Arguments> everyScenarioAndTheory() {
        return TerminationLibraryTestData.CONDITIONS.entrySet().stream()
                .flatMap(e -> Stream.of(BOT, SB).map(t -> Arguments.of(e.getKey(), t, e.getValue())));
    }

    @ParameterizedTest(name = "{0} under {1}: ends attributed to {2}")
    @MethodSource("everyScenarioAndTheory")
    void whereTheTieEndsTheCauseIsTheScenariosCondition(String file, String theory, Cause condition) {
        Endings e = irnRus(file, theory);
        if (e.ended() > 0) {
            assertThat(e.count(condition)).as("endings attributed to %s of %d", condition, e.ended())
                    .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * e.ended()));
            assertThat(e.dominantCause()).isEqualTo(condition);
        }
    }

    /**
     * Compound histories (two conditions at once, scenarios/termination/compound/): each theory's
     * endings are attributed to its own condition, not to the other one that happened with it.
     */
    @ParameterizedTest(name = "{0} under {1}: attributed to {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "compound/w2-and-s2, balance-of-threat, W2", "compound/w2-and-s2, schweller-bandwagoning, S2",
        "compound/s1-and-w2, balance-of-threat, W2", "compound/s1-and-w2, schweller-bandwagoning, S1",
        "compound/w1-and-w6-russia-decline, balance-of-threat, W1",
        "compound/w1-and-w6-russia-decline, schweller-bandwagoning, W6"})
    void inACompoundHistoryEachTheoryNamesItsOwnCondition(String file, String theory, Cause cause) {
        Endings e = irnRus(file, theory);
        assertThat(e.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(e.dominantCause()).isEqualTo(cause);
    }
}
