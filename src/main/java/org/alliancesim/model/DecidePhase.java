package org.alliancesim.model;

import org.alliancesim.decision.DecisionModule;
import org.alliancesim.world.WorldView;

/**
 * Phase 2 (ordering 1, one {@link StateAgent} per state): each state applies its decision module
 * to the assessed world and writes its own row of desires. A row reads nothing another row writes,
 * so the order in which the states decide cannot change the result. Owns the desires, which the
 * commit phase and the next step's learning read.
 */
final class DecidePhase {
    private final double[][] desire;
    private WorldView view;
    private DecisionModule[] modules;

    DecidePhase(int n) {
        this.desire = new double[n][n];
    }

    /** Decides with these modules on this assessment from now on. */
    void use(WorldView view, DecisionModule[] modules) {
        this.view = view;
        this.modules = modules;
    }

    /** State i's desires toward every other state. */
    void decide(int i) {
        modules[i].desires(view, i, desire[i]);
    }

    /** Every state's desires, {@code desire()[i][j]} i's toward j (shared, not copied). */
    double[][] desire() {
        return desire;
    }

    DecisionModule module(int i) {
        return modules[i];
    }

    DecisionModule[] modules() {
        return modules;
    }
}
