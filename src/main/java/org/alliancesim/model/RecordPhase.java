package org.alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 4 (ordering 3): recorders observe the committed step. */
final class RecordPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient AllianceModel model;

    RecordPhase(AllianceModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        model.record();
    }
}
