package org.alliancesim.history;

import java.util.Collection;
import java.util.List;
import org.alliancesim.param.Range;

/**
 * How the historical data sets become the inputs the theories read (docs/data.md, one section per
 * mapping). Each input family can be switched off, leaving the scenario default the loader would
 * use; each numeric parameter is bounded by {@link Range}.
 *
 * @param baseIntent intent i perceives in j when no data signals hostility: the floor of the
 *     noisy-OR that combines the signals below. Low but not zero, because Walt's intent is a
 *     perception and elites rarely read another state as wholly benign (Walt 1987: 25-26)
 * @param rivalryIntent intent contributed by a Thompson-Dreyer strategic rivalry in force that
 *     year: a rivalry is by definition a pair of states that regard each other as competitors and
 *     enemies (Thompson and Dreyer 2012: 3), so it is the most direct measure of perceived threat
 *     and the highest-weighted signal; a constant because the handbook gives no intensity
 * @param disputeIntent intent contributed by a dispute-year one year earlier in which j reached
 *     hostility level 5 (war) against i; lower levels count in proportion (level / 5, the MID
 *     hostility scale read as an interval scale, as in Jones, Bremer and Singer 1996), and the
 *     dispute-years of several disputes combine by noisy-OR. Directed: what j did to i
 * @param disputeHalfLife years after which a dispute's contribution has halved: memories of
 *     conflict fade but persist (Jervis 1976 on the persistence of images); exponential decay is
 *     the one-parameter form with a constant rate of forgetting. Ten years is a judgement in line
 *     with the rivalry literature, which treats a decade or so without disputes as the end of a
 *     rivalry (Diehl and Goertz 2000)
 * @param unIntent weight of the UN-voting proxy (from 1946) in the noisy-OR: a distance in
 *     preferences, not a measure of threat ({@code importer/IntentProxy}), hence lower than the
 *     rivalry and dispute signals
 * @param unScale ideal-point distance read as proxy value 1 ({@code IntentProxy.DEFAULT_SCALE})
 * @param offenseHalfShare share of world military capability (COW milex and milper, in percent)
 *     at which offense is 0.5: offense = m / (m + h), a saturating form that is 0 without armed
 *     forces and approaches 1 for the largest military powers (Walt 1987: 24 ties offensive power
 *     to aggregate military capability, with diminishing returns at the top)
 * @param landOffense bonus toward land-contiguous states (COW contiguity type 1), added as
 *     o + b (1 - o): offensive power is greatest against neighbours (Walt 1987: 23-24; Boulding
 *     1962's loss-of-strength gradient)
 * @param waterOffense the same bonus toward states across up to 400 miles of water (types 2-5)
 * @param majorPowerReach reach of a COW major power (others have 1): the model divides distances
 *     by reach, and major powers are those with global interests and the means to project power
 *     (Small and Singer 1982; Boulding 1962, a flatter loss-of-strength gradient)
 * @param economicGainShare share of i's trade with j at which i's expected economic gain from j
 *     is 1 (linear below): gains from an alliance with a large trading partner (Gowa 1994)
 * @param sharedRivalGain military gain i expects from j when j is a strategic rival of one of
 *     i's rivals (the enemy of my enemy; Thompson and Dreyer 2012 rivalries); the value is a
 *     judgement, since no data set measures it
 * @param vdemDemocracy V-Dem polyarchy at or above which a state is a democracy when Polity has no
 *     score: 0.5, the threshold of Lührmann, Tannenberg and Lindberg's (2018) Regimes of the World
 * @param vdemAutocracy V-Dem polyarchy below which a state is an autocracy when Polity has no
 *     score (a judgement: Regimes of the World separates closed from electoral autocracies by
 *     criteria the polyarchy index alone does not carry)
 * @param revisionWindow years back the revisionism proxy looks
 * @param tradeCoverage a year's trade is used only if the file has at least this share of the
 *     dyads of its best earlier year; otherwise the latest such year within
 *     {@code tradeCarryYears} stands in. COW's trade file nearly stops in the world wars (9 dyads in
 *     1914 against 361 in 1913), and shares computed from the few flows reported would be nonsense
 *     (the United States' 1914 trade would be 77% with Spain)
 * @param tradeCarryYears how many years back trade may be carried forward (1914-1918 use 1913,
 *     1940-1944 use 1939; 1945-1947 have no usable year within 5 and get no trade)
 * @param intentFromData whether intents come from the data (else the scenario default)
 * @param offenseFromData whether offense comes from military capability and contiguity
 * @param reachFromData whether major powers get {@code majorPowerReach}
 * @param tradeFromData whether trade shares come from COW dyadic trade
 * @param gainsFromData whether expected gains come from trade and shared rivals
 * @param identityFromData whether regime type is an identity trait
 * @param revisionismFromData whether the MID revisionism proxy replaces status quo (default off:
 *     see docs/data.md for why it stays a proxy)
 */
public record MappingParams(
        @Range(min = 0, max = 1) double baseIntent,
        @Range(min = 0, max = 1) double rivalryIntent,
        @Range(min = 0, max = 1) double disputeIntent,
        @Range(min = 0.5, max = 100) double disputeHalfLife,
        @Range(min = 0, max = 1) double unIntent,
        @Range(min = 0.1, max = 20) double unScale,
        @Range(min = 0.01, max = 100) double offenseHalfShare,
        @Range(min = 0, max = 1) double landOffense,
        @Range(min = 0, max = 1) double waterOffense,
        @Range(min = 1, max = 100) double majorPowerReach,
        @Range(min = 0.001, max = 1) double economicGainShare,
        @Range(min = 0, max = 1) double sharedRivalGain,
        @Range(min = 0, max = 1) double vdemDemocracy,
        @Range(min = 0, max = 1) double vdemAutocracy,
        @Range(min = 1, max = 100) double revisionWindow,
        @Range(min = 0, max = 1) double tradeCoverage,
        @Range(min = 0, max = 20) double tradeCarryYears,
        boolean intentFromData,
        boolean offenseFromData,
        boolean reachFromData,
        boolean tradeFromData,
        boolean gainsFromData,
        boolean identityFromData,
        boolean revisionismFromData) {

    public static final MappingParams DEFAULTS = new MappingParams(0.1, 0.5, 0.6, 10, 0.4, 4, 2, 0.3, 0.15, 3,
            0.1, 0.5, 0.5, 0.25, 10, 0.5, 5, true, true, true, true, true, true, false);

    public MappingParams {
        if (vdemAutocracy > vdemDemocracy) {
            throw new IllegalArgumentException("vdemAutocracy " + vdemAutocracy + " exceeds vdemDemocracy "
                    + vdemDemocracy);
        }
    }

    /** The names {@link #without} accepts, one per switchable input family. */
    public static final List<String> INPUTS = List.of("intent", "offense", "reach", "trade",
            "gains", "identity");

    /**
     * A copy with some input families switched off, named as in {@link #INPUTS}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public MappingParams without(Collection<String> names) {
        for (String n : names) {
            if (!INPUTS.contains(n)) {
                throw new IllegalArgumentException("unknown input '" + n + "'; expected one of " + INPUTS);
            }
        }
        return new MappingParams(baseIntent, rivalryIntent, disputeIntent, disputeHalfLife, unIntent, unScale,
                offenseHalfShare, landOffense, waterOffense, majorPowerReach, economicGainShare, sharedRivalGain,
                vdemDemocracy, vdemAutocracy, revisionWindow, tradeCoverage, tradeCarryYears,
                intentFromData && !names.contains("intent"), offenseFromData && !names.contains("offense"), reachFromData && !names.contains("reach"),
                tradeFromData && !names.contains("trade"), gainsFromData && !names.contains("gains"),
                identityFromData && !names.contains("identity"), revisionismFromData);
    }

    /** A copy with another UN ideal-point scale. */
    public MappingParams withUnScale(double scale) {
        return new MappingParams(baseIntent, rivalryIntent, disputeIntent, disputeHalfLife, unIntent, scale,
                offenseHalfShare, landOffense, waterOffense, majorPowerReach, economicGainShare, sharedRivalGain,
                vdemDemocracy, vdemAutocracy, revisionWindow, tradeCoverage, tradeCarryYears, intentFromData,
                offenseFromData, reachFromData, tradeFromData, gainsFromData, identityFromData, revisionismFromData);
    }

    /** A copy with the revisionism proxy on or off. */
    public MappingParams withRevisionism(boolean on) {
        return new MappingParams(baseIntent, rivalryIntent, disputeIntent, disputeHalfLife, unIntent, unScale,
                offenseHalfShare, landOffense, waterOffense, majorPowerReach, economicGainShare, sharedRivalGain,
                vdemDemocracy, vdemAutocracy, revisionWindow, tradeCoverage, tradeCarryYears, intentFromData,
                offenseFromData, reachFromData, tradeFromData, gainsFromData, identityFromData, on);
    }
}
