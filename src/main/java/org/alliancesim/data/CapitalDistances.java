package org.alliancesim.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Lookup of capital-to-capital distances (Gleditsch and Ward 2001) by COW code or abbreviation.
 *
 * <p>The file is keyed by COW codes but uses a few Gleditsch-Ward abbreviations; for convenience
 * {@link #kmBetween(String, String)} also accepts the COW spelling of these: {@code UKG} (file:
 * {@code UK}), {@code ROM} ({@code RUM}) and {@code FIJ} ({@code FJI}). Code 345 appears as both
 * {@code YUG} and {@code SER} (Belgrade), with identical distances. States absent from the file
 * (e.g. Kosovo, South Sudan, Kiribati, Tuvalu, Tonga and Nauru, all present in COW's 2016 system)
 * have no distances: lookups return empty.
 */
public final class CapitalDistances {

    /** COW abbreviations that the capdist file spells differently. */
    private static final Map<String, String> COW_ALIASES = Map.of("UKG", "UK", "ROM", "RUM", "FIJ", "FJI");

    private final List<CapitalDistance> dyads;
    private final Map<Long, Double> km = new HashMap<>();
    private final Map<String, Integer> ccodeOfAbb = new HashMap<>();
    private final Map<Integer, String> abbOfCcode = new HashMap<>();

    /**
     * @throws IllegalArgumentException if one dyad is given two different distances, or one
     *     abbreviation two codes
     */
    public CapitalDistances(List<CapitalDistance> dyads) {
        this.dyads = List.copyOf(dyads);
        for (CapitalDistance d : this.dyads) {
            register(d.ccodeA(), d.abbA());
            register(d.ccodeB(), d.abbB());
            Double previous = km.put(key(d.ccodeA(), d.ccodeB()), d.km());
            if (previous != null && previous != d.km()) {
                throw new IllegalArgumentException(
                        "dyad " + d.ccodeA() + "-" + d.ccodeB() + " has two distances: " + previous + " and "
                                + d.km());
            }
        }
    }

    private void register(int ccode, String abb) {
        String upper = abb.toUpperCase(Locale.ROOT);
        Integer other = ccodeOfAbb.putIfAbsent(upper, ccode);
        if (other != null && other != ccode) {
            throw new IllegalArgumentException(
                    "abbreviation " + abb + " used for codes " + other + " and " + ccode);
        }
        abbOfCcode.putIfAbsent(ccode, abb);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /**
     * Kilometres between two states' capitals by COW code; 0 for a state with itself if it is in the
     * file; empty if either state (or the dyad) is not in the file. Symmetric if the file is.
     */
    public OptionalDouble kmBetween(int ccodeA, int ccodeB) {
        if (ccodeA == ccodeB) {
            return abbOfCcode.containsKey(ccodeA) ? OptionalDouble.of(0) : OptionalDouble.empty();
        }
        Double d = km.get(key(ccodeA, ccodeB));
        if (d == null) {
            d = km.get(key(ccodeB, ccodeA));
        }
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    /**
     * Kilometres between two states' capitals by abbreviation (capdist's own, or the COW spelling,
     * case-insensitive); empty if either is unknown.
     */
    public OptionalDouble kmBetween(String abbA, String abbB) {
        Optional<Integer> a = ccodeOf(abbA);
        Optional<Integer> b = ccodeOf(abbB);
        if (a.isEmpty() || b.isEmpty()) {
            return OptionalDouble.empty();
        }
        return kmBetween(a.get(), b.get());
    }

    /** The COW code for an abbreviation (capdist's or COW's spelling). */
    public Optional<Integer> ccodeOf(String abb) {
        String upper = abb.strip().toUpperCase(Locale.ROOT);
        Integer c = ccodeOfAbb.get(upper);
        if (c == null && COW_ALIASES.containsKey(upper)) {
            c = ccodeOfAbb.get(COW_ALIASES.get(upper));
        }
        return Optional.ofNullable(c);
    }

    /** The abbreviation the file uses for a code (the first seen, e.g. {@code SER} or {@code YUG}). */
    public Optional<String> abbreviation(int ccode) {
        return Optional.ofNullable(abbOfCcode.get(ccode));
    }

    /** Whether the file has distances for this state. */
    public boolean contains(int ccode) {
        return abbOfCcode.containsKey(ccode);
    }

    /** The COW codes in the file, ascending. */
    public SortedSet<Integer> ccodes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(abbOfCcode.keySet()));
    }

    /** All dyads in file order. */
    public List<CapitalDistance> dyads() {
        return dyads;
    }
}
