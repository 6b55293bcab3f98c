package org.alliancesim.model;

/** One input of state {@code m} toward state {@code k} (or of m alone, k = -1) that a faction sets. */
record RegimeKey(Kind kind, int m, int k) {

    /** The kinds of input a faction overrides. */
    enum Kind { INTENT, CREDIBILITY, GAINS, REVISIONISM }
}
