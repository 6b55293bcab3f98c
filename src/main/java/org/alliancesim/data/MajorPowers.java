package org.alliancesim.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** COW major-power status as dated spells per state. */
public final class MajorPowers {

    private final Map<Integer, List<Spell>> spells = new HashMap<>();
    private final CodeSites codes = new CodeSites();

    void add(int ccode, Spell spell) {
        spells.computeIfAbsent(ccode, k -> new ArrayList<>()).add(spell);
    }

    /** Where each state code first appears in the file. */
    public CodeSites codes() {
        return codes;
    }

    List<Spell> spellsOf(int ccode) {
        return spells.getOrDefault(ccode, List.of());
    }

    /** Whether the state held major-power status on any day of {@code year}. */
    public boolean isMajor(int ccode, int year) {
        for (Spell s : spellsOf(ccode)) {
            if (s.overlapsYear(year)) {
                return true;
            }
        }
        return false;
    }
}
