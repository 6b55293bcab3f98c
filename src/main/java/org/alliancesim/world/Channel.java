package org.alliancesim.world;

import org.alliancesim.param.Labels;

/** The channels through which a state expects to gain from a partner (docs/theory.md, Table 3). */
public enum Channel {
    POLITICAL, MILITARY, ECONOMIC;

    public String label() {
        return Labels.label(this);
    }
}
