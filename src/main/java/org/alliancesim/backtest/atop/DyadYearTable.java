package org.alliancesim.backtest.atop;

import java.util.HashMap;
import java.util.Map;

/** An {@link AllianceTable} held in memory, keyed by year and the ordered pair of codes. */
final class DyadYearTable implements AllianceTable {
    private final String source;
    private final int first;
    private final int last;
    private final Map<Long, Integer> bits;

    DyadYearTable(String source, int first, int last, Map<Long, Integer> bits) {
        this.source = source;
        this.first = first;
        this.last = last;
        this.bits = new HashMap<>(bits);
    }

    static long key(int year, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) year << 40) | ((long) lo << 20) | hi;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public int firstYear() {
        return first;
    }

    @Override
    public int lastYear() {
        return last;
    }

    @Override
    public int obligations(int year, int a, int b) {
        if (year < first || year > last) {
            throw new IllegalArgumentException(source + " covers " + first + "-" + last + ", not " + year);
        }
        return bits.getOrDefault(key(year, a, b), 0);
    }
}
