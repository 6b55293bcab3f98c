package org.alliancesim.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Revisionism;
import org.junit.jupiter.api.Test;

class TheoryInputCheckTest {

    private static StateSpec state(String id, double power, Map<String, Double> perceives, Map<String, Double> trade,
                                   Map<String, GainSpec> gains, Map<String, String> identity) {
        return new StateSpec(id, id, 0, 0, Map.of("composite", power), 1, 0.5, Map.of(), Revisionism.STATUS_QUO, null,
                perceives, Map.of(), gains, trade, identity, null, Map.of());
    }

    private static Scenario world(StateSpec... states) {
        return new Scenario("t", "t", "t", "", new TimeSpec(2000, TimeSpec.Unit.YEAR, 1), List.of(), "balance-of-threat",
                Parameters.DEFAULTS, List.of(states), List.of(), List.of(), Map.of());
    }

    @Test
    void aBareWorldNamesEveryTheoryButItsInputsAreDescribed() {
        List<String> w = TheoryInputCheck.warnings(world(
                state("A", 1, Map.of(), Map.of(), Map.of(), Map.of()),
                state("B", 1, Map.of(), Map.of(), Map.of(), Map.of())));

        assertThat(w).containsExactly(
                "balance-of-threat, walt-bandwagoning: every perceived intent is 0.2 and every offense 0.5"
                        + " (threat is power and distance only)",
                "schweller-bandwagoning, balance-of-interests: every expected gain is 0 (both theories are identically zero)",
                "interdependence: every trade share is 0",
                "identity: no state has identity traits",
                "balance-of-power: every state has the same power");
    }

    @Test
    void aConstantNonZeroInputCountsAsConstant() {
        Map<String, String> same = Map.of("regime", "democracy");
        List<String> w = TheoryInputCheck.warnings(world(
                state("A", 1, Map.of("B", 0.7), Map.of("B", 0.5), Map.of(), same),
                state("B", 2, Map.of("A", 0.3), Map.of("A", 0.5), Map.of(), same)));

        assertThat(w).contains("interdependence: every trade share is 0.5",
                "identity: every state has the same identity traits {regime=democracy}");
        assertThat(w).noneMatch(s -> s.startsWith("balance-of-threat") || s.startsWith("balance-of-power"));
    }

    @Test
    void aWorldWithEveryInputHasNoWarning() {
        Map<String, GainSpec> g = new LinkedHashMap<>();
        g.put("B", new GainSpec(0, 0.5, 0, 1));
        List<String> w = TheoryInputCheck.warnings(world(
                state("A", 1, Map.of("B", 0.7), Map.of("B", 0.5), g, Map.of("regime", "democracy")),
                state("B", 2, Map.of("A", 0.3), Map.of("A", 0.2), Map.of(), Map.of("regime", "autocracy"))));

        assertThat(w).isEmpty();
    }
}
