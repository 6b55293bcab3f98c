package org.alliancesim.model;

import java.util.List;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.decision.Factors;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;

/**
 * A world of three states written out by hand, for testing one phase at a time without a scenario
 * or a schedule: A (0) and B (1) close together, C (2) far off and strong.
 */
final class HandWorld {
    static final int A = 0;
    static final int B = 1;
    static final int C = 2;

    private HandWorld() {
    }

    static WorldInputs inputs() {
        WorldInputs w = new WorldInputs(List.of("A", "B", "C"), List.of("population", "economy", "military"));
        double[][] power = {{10, 100, 10}, {20, 200, 30}, {30, 600, 90}};
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 3; c++) {
                w.setComponent(i, c, power[i][c]);
            }
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    w.setOffense(i, j, 0.4);
                    w.setIntent(i, j, 0.2);
                    w.setCredibility(i, j, 0.8);
                }
            }
        }
        w.setDistanceKm(A, B, 1000);
        w.setDistanceKm(A, C, 9000);
        w.setDistanceKm(B, C, 8500);
        return w;
    }

    /** The defaults with this perception and learning. */
    static Parameters parameters(PerceptionParams perception, LearningParams learning) {
        Parameters d = Parameters.DEFAULTS;
        return new Parameters(d.threat(), d.proximity(), d.power(), perception, d.ties(), d.balanceOfThreat(),
                d.waltBandwagoning(), d.interests(), d.schweller(), d.balanceOfPower(), d.interdependence(),
                d.identity(), d.landscape(), d.alliances(), learning);
    }

    static Assessment assess(WorldInputs w) {
        Parameters p = Parameters.DEFAULTS;
        return new Assessment(w, p.threat(), p.proximity(), p.power(), p.alliances());
    }

    /** A module that wants as much of a tie as it trades: desire(i, j) = trade(i, j). */
    static DecisionModule trader() {
        return module("trader", (world, i, j) -> world.trade(i, j));
    }

    /** A module that wants as much of a tie as it trusts: desire(i, j) = credibility(i, j). */
    static DecisionModule truster() {
        return module("truster", (world, i, j) -> world.credibility(i, j));
    }

    private interface Rule {
        double desire(WorldView world, int i, int j);
    }

    private static DecisionModule module(String name, Rule rule) {
        return new DecisionModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double decide(WorldView world, int i, int j, Factors out) {
                return rule.desire(world, i, j);
            }
        };
    }
}
