package org.alliancesim.world;

import org.alliancesim.param.Labels;

/**
 * Schweller's (1994: 100-104) classification of states by the value they put on the status quo:
 * satisfied states defend it; revisionists want to change it, within limits (jackals) or without
 * (wolves).
 */
public enum Revisionism {
    STATUS_QUO, LIMITED, UNLIMITED;

    /** The scenario-file spelling: {@code status-quo}, {@code limited}, {@code unlimited}. */
    public String label() {
        return Labels.label(this);
    }

    /** The class a file spelling names ({@link Labels#parse}). */
    public static Revisionism parse(String text) {
        return Labels.parse(Revisionism.class, text);
    }
}
