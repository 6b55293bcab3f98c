package org.alliancesim.scenario;

import java.util.Map;
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
public record StateSpec(String id, String name, double lat, double lon, Map<String, Double> power,
                        double reach, double offense, Map<String, Double> offenseToward,
                        Revisionism revisionism, String module, Map<String, Double> perceives,
                        Map<String, Double> credibility, Map<String, GainSpec> gains,
                        Map<String, Double> trade, Map<String, String> identity, String regime,
                        Map<String, FactionSpec> factions) {
}
