package org.alliancesim.history;

/** Historical worlds year by year, read from data (inputs re-read each year). */
public interface YearWorldSource {

    /** First year this source can build. */
    int firstYear();

    /** Last year this source can build. */
    int lastYear();

    /**
     * The world of one year, every state in the system that year.
     *
     * @throws IllegalArgumentException if the year lies outside [firstYear, lastYear]
     */
    YearWorld world(int year);
}
