package org.alliancesim.world;

import org.alliancesim.param.Labels;

/**
 * Levels of commitment between two states, weakest first (docs/theory.md section 4): alignment
 * (convergent policies, often tacit; Snyder 1990), coalition (temporary cooperation for a shared
 * aim), alliance (a formal commitment to military cooperation; Walt 1987: 1, Snyder 1997).
 */
public enum Level {
    NONE, ALIGNMENT, COALITION, ALLIANCE;

    private final String label = Labels.label(this); // written on every series row: spelled once

    /** The lower-case name used in scenario files and outputs. */
    public String label() {
        return label;
    }

    /** The level a file spelling names ({@link Labels#parse}). */
    public static Level parse(String text) {
        return Labels.parse(Level.class, text);
    }
}
