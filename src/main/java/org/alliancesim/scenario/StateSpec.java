package org.alliancesim.scenario;

import java.util.Map;
import org.alliancesim.param.Range;
import org.alliancesim.param.Required;
import org.alliancesim.param.Within;
import org.alliancesim.world.Revisionism;

/**
 * One state as the scenario declares it (scenario key {@code states[]}). Maps keyed by state id
 * hold this state's view of, or relation to, each other state; ids not listed take defaults.
 *
 * @param id short id (COW abbreviation in bundled scenarios: IRN, RUS, USA, CHN)
 * @param name display name
 * @param lat capital latitude, degrees north
 * @param lon capital longitude, degrees east
 * @param power raw power components by name, or a single {@code composite}
 * @param reach power-projection reach (1 = ordinary logistics; distances are divided by it)
 * @param offense offensive capability toward any state, in [0,1]
 * @param offenseToward offensive capability toward particular states, overriding {@code offense}
 * @param revisionism Schweller's aims: status-quo, limited or unlimited
 * @param module this state's decision module (null: the scenario's {@code defaultModule})
 * @param perceives aggressive intent this state's elites perceive in others, in [0,1]
 * @param credibility how far this state trusts each partner to stand by it, in [0,1]
 * @param gains what this state expects from each partner
 * @param trade share of this state's trade with each partner, in [0,1]
 * @param identity identity traits (e.g. religion, ethnicity, language, regime type)
 * @param regime the faction in power at step 0 (null: none named)
 * @param factions the factions domestic change can bring to power
 */
public record StateSpec(
        @Required("a short id such as IRN") String id,
        String name,
        @Within(value = "capital", required = "the capital's latitude and longitude")
        @Required("latitude in degrees, -90 to 90") @Range(min = -90, max = 90) double lat,
        @Within("capital") @Required("longitude in degrees, -180 to 180") @Range(min = -180, max = 180) double lon,
        @Required("power components (population, economy, military, technology) or a composite")
        @Range(min = 0, max = Double.MAX_VALUE) Map<String, Double> power,
        @Range(min = 0, max = 100) double reach,
        @Range(min = 0, max = 1) double offense,
        @Range(min = 0, max = 1) Map<String, Double> offenseToward,
        Revisionism revisionism,
        String module,
        @Range(min = 0, max = 1) Map<String, Double> perceives,
        @Range(min = 0, max = 1) Map<String, Double> credibility,
        Map<String, GainSpec> gains,
        @Range(min = 0, max = 1) Map<String, Double> trade,
        Map<String, String> identity,
        String regime,
        Map<String, FactionSpec> factions) {

    /**
     * What a state that gives only its required fields has: ordinary reach, middling offense, no
     * revisionist aims, the scenario's default module, and nothing said of any other state.
     */
    public static final StateSpec DEFAULTS = new StateSpec(null, null, 0, 0, Map.of(), 1, 0.5, Map.of(),
            Revisionism.STATUS_QUO, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, Map.of());
}
