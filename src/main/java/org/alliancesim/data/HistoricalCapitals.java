package org.alliancesim.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dated capitals (COW; coordinates as compiled in peacesciencer): which city was a state's capital
 * in a given year, including states that no longer exist and capitals that moved (Saint
 * Petersburg to Moscow in 1918, Rio de Janeiro to Brasilia in 1960).
 */
public final class HistoricalCapitals {

    private final Map<Integer, List<DatedCapital>> byCcode = new HashMap<>();
    private final CodeSites codes = new CodeSites();

    /** @throws IllegalArgumentException if two spells of one state overlap */
    public HistoricalCapitals(List<DatedCapital> capitals) {
        for (DatedCapital c : capitals) {
            List<DatedCapital> own = byCcode.computeIfAbsent(c.ccode(), k -> new ArrayList<>());
            for (DatedCapital o : own) {
                if (o.spell().overlaps(c.spell())) {
                    throw new IllegalArgumentException("ccode " + c.ccode() + " has overlapping capitals");
                }
            }
            own.add(c);
        }
    }

    /**
     * The capital that held longest in {@code year} (on a tie, the later one), or empty if none
     * held that year. France's 1940 capital is Paris (to 8 July), its 1941 capital Vichy.
     */
    public Optional<DatedCapital> inYear(int ccode, int year) {
        DatedCapital best = null;
        long bestDays = 0;
        for (DatedCapital c : byCcode.getOrDefault(ccode, List.of())) {
            long d = c.spell().daysIn(year);
            if (d > bestDays || (d == bestDays && d > 0 && c.spell().start().isAfter(best.spell().start()))) {
                best = c;
                bestDays = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@code c} is the state's latest capital in the file, that is the one a present-day
     * distance table such as capdist measures from (if the state still exists).
     */
    public boolean isLatest(DatedCapital c) {
        for (DatedCapital o : byCcode.getOrDefault(c.ccode(), List.of())) {
            if (o.spell().start().isAfter(c.spell().start())) {
                return false;
            }
        }
        return true;
    }

    /** Where each state code first appears in the file. */
    public CodeSites codes() {
        return codes;
    }

    /** Whether the state has any capital in the file. */
    public boolean knows(int ccode) {
        return byCcode.containsKey(ccode);
    }
}
