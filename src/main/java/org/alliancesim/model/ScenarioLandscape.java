package org.alliancesim.model;

import org.alliancesim.landscape.Landscape;
import org.alliancesim.landscape.Propensities;
import org.alliancesim.scenario.Scenario;

/**
 * The landscape (Axelrod and Bennett, BJPolS 23(2), 1993) that a run of a scenario derives from
 * its world at a given step, as {@link Propensities} defines it. The world's inputs follow the
 * scenario's events and perceptions only, never the ties, so the landscape does not depend on the
 * theories the states use; from step 1 on it depends on the seed through perception noise.
 */
public final class ScenarioLandscape {

    private ScenarioLandscape() {
    }

    /**
     * @param scenario the scenario
     * @param step     the step, 0 to {@code time.steps - 1}
     * @param seed     the run's seed (perception noise)
     * @return the landscape the model derives at that step
     */
    public static Landscape at(Scenario scenario, int step, long seed) {
        if (step < 0 || step >= scenario.time().steps()) {
            throw new IllegalArgumentException("step must be 0 to " + (scenario.time().steps() - 1) + ", got " + step);
        }
        AllianceModel model = new AllianceModel(scenario, null, seed);
        model.setAttributeCauses(false);
        model.start();
        for (int t = 0; t <= step; t++) {
            model.schedule.step(model);
        }
        Landscape landscape = Propensities.landscape(model.view(), scenario.parameters().landscape());
        model.finish();
        return landscape;
    }
}
