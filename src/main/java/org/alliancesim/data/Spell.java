package org.alliancesim.data;

import java.time.LocalDate;

/**
 * A closed span of days, both ends included (a membership, a capital's tenure, a contiguity or
 * major-power spell).
 */
public record Spell(LocalDate start, LocalDate end) {

    public Spell {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("spell ends " + end + " before it starts " + start);
        }
    }

    /** Whether the spell holds on at least one day of {@code year}. */
    public boolean overlapsYear(int year) {
        return start.getYear() <= year && end.getYear() >= year;
    }

    /** Days of {@code year} the spell covers (0 if none). */
    public long daysIn(int year) {
        LocalDate a = start.isAfter(LocalDate.of(year, 1, 1)) ? start : LocalDate.of(year, 1, 1);
        LocalDate b = end.isBefore(LocalDate.of(year, 12, 31)) ? end : LocalDate.of(year, 12, 31);
        return b.isBefore(a) ? 0 : b.toEpochDay() - a.toEpochDay() + 1;
    }

    /** Whether the two spells share a day. */
    public boolean overlaps(Spell other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
