package org.alliancesim.model;

import java.util.List;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Geography;
import org.alliancesim.world.PerceptionParams;

/**
 * A scenario's pairwise inputs at step 0 as matrices indexed by state (distance, shared identity,
 * offense, perceived intent, credibility, trade, expected gains), read from its id-keyed maps
 * in one walk over each map (a world of 194 states has 37,442 pairs), for {@link WorldFactory}
 * to build the world that every run of the scenario starts from ({@link StartWorld}).
 */
final class StartRows {
    /** Upper triangle only (i &lt; j). */
    final double[][] km;
    /** Upper triangle only (i &lt; j). */
    final double[][] identity;
    final double[][] offense;
    /** The signalled intent before factions apply; 0 on the diagonal. */
    final double[][] intent;
    final double[][] credibility;
    final double[][] trade;
    final GainSpec[][] gains;

    StartRows(Scenario scenario) {
        List<StateSpec> states = scenario.states();
        int n = states.size();
        Rows rows = new Rows(states.stream().map(StateSpec::id).toList());
        PerceptionParams perception = scenario.parameters().perception();
        km = rows.distances(scenario.distances());
        identity = new double[n][n];
        offense = new double[n][n];
        intent = new double[n][n];
        credibility = new double[n][n];
        trade = new double[n][n];
        gains = new GainSpec[n][n];
        for (int i = 0; i < n; i++) {
            StateSpec s = states.get(i);
            rows.fill(s.offenseToward(), s.offense(), offense[i]);
            rows.fill(s.perceives(), perception.defaultIntent(), intent[i]);
            intent[i][i] = 0;
            rows.fill(s.credibility(), perception.defaultCredibility(), credibility[i]);
            rows.fill(s.trade(), 0.0, trade[i]);
            rows.fill(s.gains(), gains[i]);
            for (int j = i + 1; j < n; j++) {
                StateSpec o = states.get(j);
                if (Double.isNaN(km[i][j])) {
                    km[i][j] = Geography.distanceKm(s.lat(), s.lon(), o.lat(), o.lon());
                }
                identity[i][j] = WorldFactory.similarity(s.identity(), o.identity());
            }
        }
    }
}
