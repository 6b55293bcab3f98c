package org.alliancesim.world;

import java.util.Locale;

/**
 * Levels of commitment between two states, weakest first (docs/theory.md section 4): alignment
 * (convergent policies, often tacit; Snyder 1990), coalition (temporary cooperation for a shared
 * aim), alliance (a formal commitment to military cooperation; Walt 1987: 1, Snyder 1997).
 */
public enum Level {
    NONE, ALIGNMENT, COALITION, ALLIANCE;

    /** The lower-case name used in scenario files and outputs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level parse(String text) {
        for (Level l : values()) {
            if (l.label().equals(text)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level '" + text + "'");
    }
}
