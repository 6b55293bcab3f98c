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

    @Test
    void usDeclineEndsTheTieUnderBalanceOfThreatAndNotUnderBandwagoning() {
        Endings bot = irnRus("w6-us-decline", BOT);
        assertThat(bot.endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(bot.dominantCause()).isEqualTo(Cause.W6);
        assertThat(irnRus("w6-us-decline", SB).endedShare()).isLessThanOrEqualTo(0.2);
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
    void creditAndRegimeConditionsEndTheTieUnderBalanceOfThreat() {
        assertThat(irnRus("w4-russia-credibility-collapses", BOT).endedShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(irnRus("w4-russia-credibility-collapses", SB).endedShare()).isLessThanOrEqualTo(0.2);
        assertThat(irnRus("w5-iran-looks-west", BOT).endedShare()).isGreaterThanOrEqualTo(0.8);
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
}
