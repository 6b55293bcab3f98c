package org.alliancesim.history;

import org.alliancesim.scenario.GainSpec;
import org.alliancesim.world.Revisionism;

/**
 * Every input of one year's world for a list of states, as {@link InputBuilder} computes them
 * (the one place each input is computed; both {@link HistoricalWorlds} and {@code import} read
 * it). Arrays are by state index; a null or NaN entry means "no data, use the scenario default".
 *
 * @param year the year
 * @param ccodes COW codes
 * @param ids COW abbreviations
 * @param names COW state names
 * @param lat capital latitude
 * @param lon capital longitude
 * @param capital capital city name (and "(bundled table)" when it came from the fallback)
 * @param power population, economy, military in percent of the world ({@code CowPower}); zeros if
 *     the state has no NMC row that year
 * @param cinc COW CINC recomputed from the year's system, NaN if none
 * @param intent perceived intent i -> j, or null if intents are not taken from data
 * @param offense offense toward any state (NaN: the loader default)
 * @param offenseToward offense toward contiguous states (NaN where no override)
 * @param reach power-projection reach
 * @param trade share of i's trade with j, or null if trade is not taken from data
 * @param gains what i expects from j (null entries: none)
 * @param regime regime bin, null where unscored or identity is off
 * @param revisionism Schweller's aims
 * @param distanceKm capital-to-capital km
 * @param fromCapdist whether the distance is capdist's (else great-circle between the year's capitals)
 * @param contiguity COW direct contiguity type (0 none)
 * @param unDistance |ideal point i - ideal point j|, NaN when either is missing
 * @param major COW major power that year
 */
public record YearInputs(int year, int[] ccodes, String[] ids, String[] names, double[] lat, double[] lon,
                         String[] capital, double[][] power, double[] cinc, double[][] intent, double[] offense,
                         double[][] offenseToward, double[] reach, double[][] trade, GainSpec[][] gains,
                         String[] regime, Revisionism[] revisionism, double[][] distanceKm, boolean[][] fromCapdist,
                         int[][] contiguity, double[][] unDistance, boolean[] major) {

    public int size() {
        return ccodes.length;
    }
}
