package org.alliancesim.data;

import java.util.Set;

/**
 * A strategic rivalry (Thompson and Dreyer 2012): two states that regard each other as
 * competitors and enemies, over the years it lasted.
 *
 * @param number the rivalry's number in the handbook
 * @param name e.g. {@code Austria-France}
 * @param ccode1 one state
 * @param ccode2 the other
 * @param startYear first year
 * @param endYear last year (2010 in the file means still running when it was compiled)
 * @param types what it is about: {@code spatial}, {@code positional}, {@code ideological},
 *     {@code interventionary}
 * @param line the row's line in the file, for messages
 */
public record Rivalry(int number, String name, int ccode1, int ccode2, int startYear, int endYear,
        Set<String> types, long line) {

    public Rivalry {
        types = Set.copyOf(types);
    }

    /** Whether the rivalry is in force in {@code year}. */
    public boolean inForce(int year) {
        return startYear <= year && year <= endYear;
    }

    /** Whether it opposes {@code a} and {@code b}, in either order. */
    public boolean between(int a, int b) {
        return (ccode1 == a && ccode2 == b) || (ccode1 == b && ccode2 == a);
    }

    /** The other party, or -1 if {@code c} is not a party. */
    public int other(int c) {
        return c == ccode1 ? ccode2 : c == ccode2 ? ccode1 : -1;
    }
}
