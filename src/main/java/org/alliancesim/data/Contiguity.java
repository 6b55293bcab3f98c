package org.alliancesim.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * COW direct contiguity (Stinnett et al. 2002) as dated spells: the closest type linking two
 * states in a year (1 land or river border, 2 up to 12 miles of water, 3 up to 24, 4 up to 150,
 * 5 up to 400), or 0 if none.
 */
public final class Contiguity {

    private record Entry(Spell spell, int type) {}

    private final Map<Long, List<Entry>> byPair = new HashMap<>();
    private final CodeSites codes = new CodeSites();

    void add(int a, int b, Spell spell, int type) {
        byPair.computeIfAbsent(Fields.key(Math.min(a, b), Math.max(a, b)), k -> new ArrayList<>())
                .add(new Entry(spell, type));
    }

    /** Where each state code first appears in the file. */
    public CodeSites codes() {
        return codes;
    }

    /** The closest contiguity type in force in any part of {@code year}, 0 if none. */
    public int type(int a, int b, int year) {
        int best = 0;
        for (Entry e : byPair.getOrDefault(Fields.key(Math.min(a, b), Math.max(a, b)), List.of())) {
            if (e.type() > 0 && e.spell().overlapsYear(year) && (best == 0 || e.type() < best)) {
                best = e.type();
            }
        }
        return best;
    }
}
