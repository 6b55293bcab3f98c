package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alliancesim.TestScenarios;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** One GUI run: its log tells a fall's cause in words, and a teacher's change holds against the scenario's events. */
class SessionTest {
    private static final Path LIBRARY = Path.of("scenarios", "termination");
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int IRN = S.indexOf("IRN");
    private static final int USA = S.indexOf("USA");

    private static List<String> lines(Session s) {
        return s.log().entries().stream().map(EventLog.Entry::line).toList();
    }

    private static void run(Session s, int steps) {
        for (int t = 0; t < steps; t++) {
            s.step();
        }
    }

    @Test
    void theLogSaysInWordsWhyTheTieFellAndWhenTheShockWasFired() throws Exception {
        List<LibraryShock> lib = ShockLibrary.load(LIBRARY, S);
        Session s = new Session(S, "balance-of-threat", 3);
        run(s, 30);
        s.fire(ShockLibrary.find(lib, "W2"));
        run(s, 70);
        assertThat(lines(s)).anyMatch(l -> l.startsWith("2029Q3  you fired W2: the US is no longer perceived as threatening"))
                .anyMatch(l -> l.contains("Iran\u2013Russia coalition -> alignment (fell): the threat from the United States receded (W2)"));
        assertThat(s.log().markers()).extracting(EventLog.Entry::marker).containsExactly("W2");
    }

    @Test
    void whenThePartnerDecidesTheWordsSayWhatThePartnerSaw() throws Exception {
        // Under Schweller Iran wants Russia as before; Russia, a balancer, wants an Iran that no
        // longer fears the US less, so Russia decides the fall, for Iran's changed view (W2).
        List<LibraryShock> lib = ShockLibrary.load(LIBRARY, S);
        Session s = new Session(S, "schweller-bandwagoning", 3);
        run(s, 30);
        s.fire(ShockLibrary.find(lib, "W2"));
        run(s, 70);
        assertThat(lines(s)).anyMatch(l -> l.contains(
                "Iran\u2013Russia coalition -> alignment (fell): Iran no longer fears the United States, so Russia values it less (W2)"));
    }

    @Test
    void aRegimeChangeNamesTheNewGovernment() throws Exception {
        List<LibraryShock> lib = ShockLibrary.load(LIBRARY, S);
        Session s = new Session(S, "schweller-bandwagoning", 3);
        run(s, 30);
        s.fire(ShockLibrary.find(lib, "W5"));
        run(s, 70);
        assertThat(lines(s)).anyMatch(l -> l.contains("Iran\u2013Russia") && l.contains("a new government in Iran (westward) (W5)"));
    }

    @Test
    void aTeachersChangeHoldsAgainstALaterScheduledEventUnlessOverridingIsAllowed() throws Exception {
        Scenario w2 = ScenarioLoader.load(LIBRARY.resolve("w2-us-threat-recedes.yaml"));
        for (boolean override : new boolean[] {false, true}) {
            Session s = new Session(w2, "balance-of-threat", 4);
            s.setScheduledOverride(override);
            run(s, 10);
            s.setIntent(IRN, USA, 0.95);
            run(s, 90);
            if (override) {
                assertThat(lines(s)).anyMatch(l -> l.contains("will override your change"));
                assertThat(s.model().controls().intentSignal(IRN, USA)).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
            } else {
                assertThat(lines(s)).anyMatch(l -> l.startsWith("2024Q3  the scenario's event (aggressive intent Iran "
                        + "reads in the United States -> 0.05 over 2029Q3\u20132037Q1) would have overridden your change: skipped"));
                assertThat(s.model().controls().intentSignal(IRN, USA)).isEqualTo(0.95);
                assertThat(lines(s)).noneMatch(l -> l.contains("scheduled: aggressive intent"));
            }
        }
    }

    @Test
    void theGuiRunIsTheFirstReplicationOfTheRunCommandWithTheSameSeed() {
        var rep = org.alliancesim.experiment.Replication.run(S, "schweller-bandwagoning", 0,
                org.alliancesim.experiment.Seeds.replication(7, 0), S.time().steps(), List.of());
        Session s = new Session(S, "schweller-bandwagoning", 7);
        run(s, S.time().steps());
        int k = rep.focalPairs().indexOf(new org.alliancesim.experiment.Replication.FocalPair(IRN, S.indexOf("RUS")));
        for (int t = 0; t < S.time().steps(); t++) {
            assertThat(s.history().get(t)[0][S.indexOf("RUS")]).as("step %d", t).isEqualTo(rep.focalCommitment()[k][t]);
        }
    }

    @Test
    void aRestartKeepsTheChosenTheoriesAndTakesTheNewSeed() {
        Session s = new Session(S, null, 1);
        s.setModule(USA, "balance-of-power");
        run(s, 5);
        s.restart(9);
        assertThat(s.stepsDone()).isZero();
        assertThat(s.seed()).isEqualTo(9);
        assertThat(s.model().moduleName(USA)).isEqualTo("balance-of-power");
        assertThat(lines(s)).containsExactly("2022Q1  start: iran-russia, Iran under balance-of-threat, seed 9, 100 steps");
    }
}
