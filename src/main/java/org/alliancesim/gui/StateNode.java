package org.alliancesim.gui;

import org.alliancesim.model.AllianceModel;

/**
 * A state on the map: what the map's portrayals and inspectors hold. It reads the model each
 * time it is asked, so it is never stale, and stores nothing of its own but the state's index.
 */
final class StateNode {
    private final AllianceModel model;
    private final int index;

    StateNode(AllianceModel model, int index) {
        this.model = model;
        this.index = index;
    }

    AllianceModel model() {
        return model;
    }

    int index() {
        return index;
    }

    String name() {
        return model.scenario().states().get(index).name();
    }

    String module() {
        return model.moduleName(index);
    }

    /** Aggregate power share, in [0,1]. */
    double power() {
        return model.view().power(index);
    }

    @Override
    public String toString() {
        return name();
    }
}
