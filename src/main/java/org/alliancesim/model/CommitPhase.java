package org.alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 3 (ordering 2): every pair's tie follows both desires at once; falls get a cause. */
final class CommitPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient AllianceModel model;

    CommitPhase(AllianceModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        model.commit();
    }
}
