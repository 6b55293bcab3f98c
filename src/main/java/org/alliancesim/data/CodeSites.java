package org.alliancesim.data;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each state code first appears in a file (line and column), so that a code unknown to the
 * state-system file can be reported where it stands.
 */
public final class CodeSites {

    /** A line and column of a file. */
    public record Site(long line, String column) {}

    private final Map<Integer, Site> first = new TreeMap<>();

    void note(int code, long line, String column) {
        first.putIfAbsent(code, new Site(line, column));
    }

    /** The first site of every code, by ascending code. */
    public Map<Integer, Site> first() {
        return Collections.unmodifiableMap(first);
    }
}
