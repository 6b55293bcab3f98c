package org.alliancesim.backtest.atop;

/**
 * Observed alliance obligations by non-directed dyad-year (ATOP), over the years a file covers.
 * Dyads not listed in a covered year have no obligation.
 */
public interface AllianceTable {

    /** The file the table was read from, for messages. */
    String source();

    int firstYear();

    int lastYear();

    /**
     * The obligations in force between two states in a year, as {@link Obligation} bits (0: none).
     *
     * @throws IllegalArgumentException if the year lies outside [firstYear, lastYear]
     */
    int obligations(int year, int ccodeA, int ccodeB);

    /** A view that refuses every year after {@code lastAllowed} (what a fit on training years may read). */
    default AllianceTable upTo(int lastAllowed) {
        AllianceTable all = this;
        return new AllianceTable() {
            @Override
            public String source() {
                return all.source();
            }

            @Override
            public int firstYear() {
                return all.firstYear();
            }

            @Override
            public int lastYear() {
                return Math.min(lastAllowed, all.lastYear());
            }

            @Override
            public int obligations(int year, int a, int b) {
                if (year > lastAllowed) {
                    throw new IllegalStateException("year " + year + " of " + all.source()
                            + " is held out (only years up to " + lastAllowed + " may be read here)");
                }
                return all.obligations(year, a, b);
            }
        };
    }
}
