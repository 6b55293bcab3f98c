package org.alliancesim.data;

/**
 * A state's capital over the days it held.
 *
 * @param ccode COW state code
 * @param stateName the state's name as the file gives it
 * @param city the capital city
 * @param spell the days it was the capital
 * @param lat latitude, degrees north
 * @param lon longitude, degrees east
 */
public record DatedCapital(int ccode, String stateName, String city, Spell spell, double lat,
    double lon) {}
