package org.alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 1 (ordering 0): events, perception, and the assessment of the world, including the
 * landscape blocs when a state uses the {@code landscape} module.
 */
final class PerceivePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient AllianceModel model;

    PerceivePhase(AllianceModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        model.perceive();
    }
}
