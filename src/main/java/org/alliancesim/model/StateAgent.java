package org.alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state (phase 2, ordering 1): applies its decision module to the assessed world and writes
 * its own row of desires ({@link DecidePhase}). It reads nothing another agent writes in the same
 * phase, so the order in which MASON steps the agents cannot change the result.
 */
public final class StateAgent implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient DecidePhase phase;
    private final int index;

    StateAgent(DecidePhase phase, int index) {
        this.phase = phase;
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public void step(SimState state) {
        phase.decide(index);
    }
}
