package org.alliancesim.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 4 (ordering 3): recorders observe the committed step; they never steer the model. */
final class RecordPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient AllianceModel model;
    private final transient List<Recorder> recorders;

    RecordPhase(AllianceModel model, List<Recorder> recorders) {
        this.model = model;
        this.recorders = recorders;
    }

    void run(int step) {
        for (Recorder r : recorders) {
            r.record(model, step);
        }
    }

    @Override
    public void step(SimState state) {
        run(AllianceModel.stepOf(state));
    }
}
