package org.alliancesim.gui;

import org.alliancesim.model.AllianceModel;

/**
 * A state on the map: what the map's portrayals and inspectors hold. It reads the model each
 * time it is asked, so it is never stale; of its own it keeps only where its label goes.
 */
final class StateNode {
    private final AllianceModel model;
    private final int index;
    private boolean labelAbove;

    private final double mapWidth;

    /** @param mapWidth the map's width in degrees (discs are sized relative to it) */
    StateNode(AllianceModel model, int index, double mapWidth) {
        this.model = model;
        this.index = index;
        this.mapWidth = mapWidth;
    }

    double mapWidth() {
        return mapWidth;
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

    /** Whether the name goes above the disc (when the state's ties run mostly southward). */
    boolean labelAbove() {
        return labelAbove;
    }

    void setLabelAbove(boolean above) {
        labelAbove = above;
    }

    @Override
    public String toString() {
        return name();
    }
}
