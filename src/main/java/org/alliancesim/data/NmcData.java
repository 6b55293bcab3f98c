package org.alliancesim.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The NMC state-years indexed by year and state, for lookups such as "all states in 2016". */
public final class NmcData {

    private static final Comparator<NmcRecord> BY_CCODE = Comparator.comparingInt(NmcRecord::ccode);

    private final List<NmcRecord> records;
    private final TreeMap<Integer, List<NmcRecord>> byYear = new TreeMap<>();
    private final Map<Long, NmcRecord> byStateYear = new HashMap<>();

    public NmcData(List<NmcRecord> records) {
        this.records = List.copyOf(records);
        Map<Integer, List<NmcRecord>> grouped = new HashMap<>();
        for (NmcRecord r : this.records) {
            if (byStateYear.put(key(r.ccode(), r.year()), r) != null) {
                throw new IllegalArgumentException(
                        "duplicate state-year ccode " + r.ccode() + ", year " + r.year());
            }
            grouped.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
        grouped.forEach(
                (year, list) -> {
                    list.sort(BY_CCODE);
                    byYear.put(year, Collections.unmodifiableList(list));
                });
    }

    /** Reads an NMC file with {@link NmcReader}. */
    public static NmcData read(Path file) throws IOException {
        return new NmcData(NmcReader.read(file));
    }

    private static long key(int ccode, int year) {
        return ((long) ccode << 32) | (year & 0xffffffffL);
    }

    /** All records in file order. */
    public List<NmcRecord> records() {
        return records;
    }

    /** The years covered, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
    }

    /** The records of one year sorted by ccode; empty if the year is not covered. */
    public List<NmcRecord> forYear(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    /** The states present in one year, sorted by ccode. */
    public List<CowState> statesIn(int year) {
        return forYear(year).stream().map(NmcRecord::state).toList();
    }

    public Optional<NmcRecord> get(int ccode, int year) {
        return Optional.ofNullable(byStateYear.get(key(ccode, year)));
    }

    /** The most recent year in the data (e.g. 2016 for v6.0). */
    public int lastYear() {
        if (byYear.isEmpty()) {
            throw new IllegalStateException("no records");
        }
        return byYear.lastKey();
    }
}
