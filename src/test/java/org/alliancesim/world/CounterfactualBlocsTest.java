package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.bench.RandomWorld;
import org.alliancesim.decision.LandscapeModule;
import org.alliancesim.landscape.PropensityParams;
import org.alliancesim.model.AllianceModel;
import org.junit.jupiter.api.Test;

/**
 * Cause attribution's views keep the run's blocs: a trial puts inputs back, not the landscape
 * dynamics' sides, so the landscape module's desire on the base view is the one the step made
 * (zero across blocs), and a trial that reverts nothing gives it too. (Before, the views reported
 * no blocs, and the module judged every pair as on one side during attribution.)
 */
class CounterfactualBlocsTest {

    /** A counterfactual that puts nothing back. */
    private static final Reversion NOTHING = new Reversion() {
        @Override public boolean revertsComponents() { return false; }
        @Override public boolean revertsReach(int k) { return false; }
        @Override public boolean revertsReachBut(int a) { return false; }
        @Override public boolean revertsOffense(int k, int m) { return false; }
        @Override public boolean revertsOffenseToward(int a) { return false; }
        @Override public boolean revertsIntent(int a, int b) { return false; }
        @Override public boolean revertsIntentOf(int a) { return false; }
    };

    @Test
    void attributionViewsReadTheStepsBlocs() {
        int n = 12;
        RandomWorld world = RandomWorld.generate(n, 5, 0.05);
        AllianceModel model = new AllianceModel(world.toScenario(3), null, 5);
        model.runSteps(3);
        Assessment step = (Assessment) model.view();
        LandscapeModule landscape = new LandscapeModule(PropensityParams.DEFAULTS);
        double[][] free = new double[n][n]; // the desires with blocs off
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                free[i][j] = landscape.desire(step, i, j);
            }
        }
        int[] sides = new int[n];
        for (int i = 0; i < n; i++) {
            sides[i] = i % 3 == 0 ? 1 : 0;
        }
        step.setBlocs(sides);
        CounterfactualViews views = new CounterfactualViews(step);
        WorldView base = views.base(model.inputs());
        WorldView trial = views.trial(model.inputs(), NOTHING);
        int across = 0;
        for (int i = 0; i < n; i++) {
            assertThat(base.bloc(i)).isEqualTo(sides[i]);
            assertThat(trial.bloc(i)).isEqualTo(sides[i]);
            for (int j = 0; j < n; j++) {
                double made = landscape.desire(step, i, j);
                assertThat(landscape.desire(base, i, j)).as("%d-%d", i, j).isEqualTo(made);
                assertThat(landscape.desire(trial, i, j)).isEqualTo(made);
                across += sides[i] != sides[j] && free[i][j] > 0 ? 1 : 0;
            }
        }
        assertThat(across).as("pairs across blocs the module would want without blocs").isPositive();
    }
}
