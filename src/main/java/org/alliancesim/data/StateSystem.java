package org.alliancesim.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * COW state-system membership: which states are in the system in a year. A state is a member in
 * a year if one of its spells covers at least one day of it (as in COW's own state-year file), so
 * Germany is in the 1945 system and Austria-Hungary in 1918's.
 */
public final class StateSystem {

    private final List<Membership> spells;
    private final Map<Integer, List<Membership>> byCcode = new HashMap<>();
    private final Map<String, Integer> ccodeOfAbb = new HashMap<>();

    /** @throws IllegalArgumentException if a state's spells overlap or an abbreviation names two codes */
    public StateSystem(List<Membership> spells) {
        this.spells = List.copyOf(spells);
        for (Membership m : this.spells) {
            List<Membership> own = byCcode.computeIfAbsent(m.ccode(), c -> new ArrayList<>());
            for (Membership o : own) {
                if (o.spell().overlaps(m.spell())) {
                    throw new IllegalArgumentException("ccode " + m.ccode() + " has overlapping spells");
                }
            }
            own.add(m);
            Integer prev = ccodeOfAbb.putIfAbsent(m.stateabb().toUpperCase(Locale.ROOT), m.ccode());
            if (prev != null && prev != m.ccode()) {
                throw new IllegalArgumentException(
                        "abbreviation " + m.stateabb() + " names ccodes " + prev + " and " + m.ccode());
            }
        }
    }

    /** Every spell in file order. */
    public List<Membership> spells() {
        return spells;
    }

    /** COW codes of the states in the system in {@code year}, ascending. */
    public List<Integer> membersIn(int year) {
        TreeSet<Integer> out = new TreeSet<>();
        for (Membership m : spells) {
            if (m.spell().overlapsYear(year)) {
                out.add(m.ccode());
            }
        }
        return List.copyOf(out);
    }

    /** Whether the state is in the system in {@code year}. */
    public boolean isMember(int ccode, int year) {
        for (Membership m : byCcode.getOrDefault(ccode, List.of())) {
            if (m.spell().overlapsYear(year)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the code appears in the file at all. */
    public boolean knows(int ccode) {
        return byCcode.containsKey(ccode);
    }

    /** A state's COW abbreviation. */
    public String abbreviation(int ccode) {
        return first(ccode).stateabb();
    }

    /** A state's COW name. */
    public String name(int ccode) {
        return first(ccode).name();
    }

    /** The code of a COW abbreviation (any case). */
    public Optional<Integer> ccodeOf(String stateabb) {
        return Optional.ofNullable(ccodeOfAbb.get(stateabb.strip().toUpperCase(Locale.ROOT)));
    }

    /** First and last year any state is a member. */
    public int firstYear() {
        return spells.stream().mapToInt(m -> m.spell().start().getYear()).min().orElseThrow();
    }

    public int lastYear() {
        return spells.stream().mapToInt(m -> m.spell().end().getYear()).max().orElseThrow();
    }

    /** The codes in the file, ascending. */
    public List<Integer> ccodes() {
        List<Integer> c = new ArrayList<>(byCcode.keySet());
        Collections.sort(c);
        return c;
    }

    private Membership first(int ccode) {
        List<Membership> own = byCcode.get(ccode);
        if (own == null) {
            throw new IllegalArgumentException("unknown COW code " + ccode);
        }
        return own.get(0);
    }
}
