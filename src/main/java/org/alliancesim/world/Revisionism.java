package org.alliancesim.world;

import java.util.Locale;

/**
 * Schweller's (1994: 100-104) classification of states by the value they put on the status quo:
 * satisfied states defend it; revisionists want to change it, within limits (jackals) or without
 * (wolves).
 */
public enum Revisionism {
    STATUS_QUO, LIMITED, UNLIMITED;

    /** The scenario-file spelling: {@code status-quo}, {@code limited}, {@code unlimited}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Revisionism parse(String text) {
        for (Revisionism r : values()) {
            if (r.label().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown revisionism '" + text + "'");
    }
}
