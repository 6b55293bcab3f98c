package org.alliancesim.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alliancesim.data.Capital;
import org.alliancesim.data.CapitalCoordinates;
import org.alliancesim.data.CincCalculator;
import org.alliancesim.data.CincValue;
import org.alliancesim.data.DatedCapital;
import org.alliancesim.data.NmcRecord;
import org.alliancesim.data.Rivalry;
import org.alliancesim.data.TradeReader;
import org.alliancesim.history.CowPower;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.world.Geography;
import org.alliancesim.world.Revisionism;

/**
 * Computes every input of a year's world from {@link HistoricalData} by the mappings of
 * {@link MappingParams} (docs/data.md): power ({@link CowPower}), intent ({@link IntentMapping}),
 * offense and reach ({@link CapabilityMapping}), trade shares, expected gains, regime type
 * ({@link RegimeBins}), revisionism ({@link RevisionismProxy}), capitals, distances, contiguity and
 * UN distances.
 *
 * <p>Capitals: the one {@code cow-capitals.csv} gives for that year, else the bundled present-day
 * table. Distances: capdist (Gleditsch and Ward, measured between present-day capitals) where both
 * states' capitals that year are their latest ones and capdist has the pair; otherwise the
 * great-circle distance between that year's capitals.
 */
public final class InputBuilder {
    private static final int MILITARY = 2;

    private final HistoricalData data;
    private final MappingParams p;
    private final IntentMapping intent;
    private final CapabilityMapping capability;
    private final RegimeBins regimes;
    private final RevisionismProxy revisionism;
    private final CapitalCoordinates bundled = CapitalCoordinates.bundled();
    private final Map<Integer, Boolean> usable = new ConcurrentHashMap<>();

    public InputBuilder(HistoricalData data, MappingParams p) {
        this.data = data;
        this.p = p;
        this.intent = new IntentMapping(p, data.rivalries(), data.disputes(), data.ideal());
        this.capability = new CapabilityMapping(p);
        this.regimes = new RegimeBins(p, data.regimes());
        this.revisionism = new RevisionismProxy(p, data.disputes());
    }

    public MappingParams params() {
        return p;
    }

    public HistoricalData data() {
        return data;
    }

    /**
     * The inputs of {@code year} for {@code ccodes} (in that order).
     *
     * @throws IllegalArgumentException if a state has no capital for that year in either table
     */
    public YearInputs build(int year, int[] ccodes) {
        int n = ccodes.length;
        String[] ids = new String[n];
        String[] names = new String[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        String[] city = new String[n];
        boolean[] latest = new boolean[n];
        boolean[] major = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids[i] = data.states().abbreviation(ccodes[i]);
            names[i] = data.states().name(ccodes[i]);
            major[i] = data.majors().isMajor(ccodes[i], year);
            Optional<DatedCapital> c = data.capitals().inYear(ccodes[i], year);
            if (c.isPresent()) {
                lat[i] = c.get().lat();
                lon[i] = c.get().lon();
                city[i] = c.get().city();
                latest[i] = data.capitals().isLatest(c.get());
            } else {
                int code = ccodes[i];
                String abb = ids[i];
                Capital b = bundled.byCcode(code).or(() -> bundled.byStateAbb(abb)).orElseThrow(
                        () -> new IllegalArgumentException("no capital for " + abb + " (" + code + ") in " + year
                                + " in " + HistoricalData.CAPITALS + " or the bundled table"));
                lat[i] = b.lat();
                lon[i] = b.lon();
                city[i] = b.name() + " (bundled table)";
                latest[i] = true;
            }
        }
        List<NmcRecord> system = data.nmc().forYear(year);
        Map<Integer, double[]> shares = CowPower.of(system);
        Map<Integer, Double> cincs = new HashMap<>();
        for (CincValue v : CincCalculator.computeYear(system)) {
            cincs.put(v.ccode(), v.cinc().orElse(Double.NaN));
        }
        double[][] power = new double[n][];
        double[] cinc = new double[n];
        double[] offense = new double[n];
        double[] reach = new double[n];
        String[] regime = new String[n];
        Revisionism[] aims = new Revisionism[n];
        for (int i = 0; i < n; i++) {
            power[i] = shares.getOrDefault(ccodes[i], new double[CowPower.COMPONENTS.size()]).clone();
            cinc[i] = cincs.getOrDefault(ccodes[i], Double.NaN);
            offense[i] = p.offenseFromData() ? capability.offense(power[i][MILITARY]) : Double.NaN;
            reach[i] = p.reachFromData() ? capability.reach(major[i]) : 1;
            regime[i] = p.identityFromData() ? regimes.bin(ccodes[i], year) : null;
            aims[i] = p.revisionismFromData() ? revisionism.of(ccodes[i], year) : Revisionism.STATUS_QUO;
        }
        double[][] distance = new double[n][n];
        boolean[][] fromCapdist = new boolean[n][n];
        int[][] contiguity = new int[n][n];
        double[][] offenseToward = new double[n][n];
        double[][] trade = p.tradeFromData() ? new double[n][n] : null;
        int tradeYear = tradeYear(year);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                offenseToward[i][j] = Double.NaN;
                if (i == j) {
                    continue;
                }
                if (j > i) {
                    OptionalDouble km = latest[i] && latest[j] ? data.capdist().kmBetween(ccodes[i], ccodes[j])
                            : OptionalDouble.empty();
                    double d = km.isPresent() ? km.getAsDouble() : Geography.distanceKm(lat[i], lon[i], lat[j], lon[j]);
                    distance[i][j] = distance[j][i] = d;
                    fromCapdist[i][j] = fromCapdist[j][i] = km.isPresent();
                    contiguity[i][j] = contiguity[j][i] = data.contiguity().type(ccodes[i], ccodes[j], year);
                }
                if (p.offenseFromData() && contiguity[i][j] > 0) {
                    offenseToward[i][j] = capability.offenseToward(offense[i], contiguity[i][j]);
                }
                if (trade != null && tradeYear > 0) {
                    trade[i][j] = data.trade().share(ccodes[i], ccodes[j], tradeYear);
                }
            }
        }
        double[][] unDistance = new double[n][n];
        double[][] intents = intent.intents(year, ccodes, unDistance);
        return new YearInputs(year, ccodes.clone(), ids, names, lat, lon, city, power, cinc,
                p.intentFromData() ? intents : null, offense, offenseToward, reach, trade, gains(year, ccodes, trade),
                regime, aims, distance, fromCapdist, contiguity, unDistance, major);
    }

    /**
     * The year whose trade stands for {@code year}'s: {@code year} itself if the file's dyad count
     * that year is at least {@code tradeCoverage} of the largest count of any earlier year, else the
     * latest such year within {@code tradeCarryYears}; 0 if none.
     */
    int tradeYear(int year) {
        int carry = (int) p.tradeCarryYears();
        for (int y = year; y >= year - carry; y--) {
            if (data.trade().covers(y) && usableTrade(y)) {
                return y;
            }
        }
        return 0;
    }

    private boolean usableTrade(int y) {
        return usable.computeIfAbsent(y, k -> {
            int n = data.trade().dyads(k);
            if (n == 0) {
                return false;
            }
            int best = 0;
            for (int b = TradeReader.FIRST_YEAR; b < k; b++) {
                best = Math.max(best, data.trade().dyads(b));
            }
            return n >= p.tradeCoverage() * best;
        });
    }

    /** Economic gain from the trade share, military gain from a shared rival; political stays 0. */
    private GainSpec[][] gains(int year, int[] ccodes, double[][] trade) {
        int n = ccodes.length;
        GainSpec[][] out = new GainSpec[n][n];
        if (!p.gainsFromData()) {
            return out;
        }
        Map<Integer, Set<Integer>> rivalsOf = new HashMap<>();
        for (Rivalry r : intent.rivalriesIn(year).values()) {
            rivalsOf.computeIfAbsent(r.ccode1(), k -> new HashSet<>()).add(r.ccode2());
            rivalsOf.computeIfAbsent(r.ccode2(), k -> new HashSet<>()).add(r.ccode1());
        }
        for (int i = 0; i < n; i++) {
            Set<Integer> mine = rivalsOf.getOrDefault(ccodes[i], Set.of());
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double economic = trade == null ? 0 : Math.min(1, trade[i][j] / p.economicGainShare());
                boolean shared = false;
                if (!mine.contains(ccodes[j])) {
                    for (int k : rivalsOf.getOrDefault(ccodes[j], Set.of())) {
                        if (mine.contains(k)) {
                            shared = true;
                            break;
                        }
                    }
                }
                double military = shared ? p.sharedRivalGain() : 0;
                if (economic > 0 || military > 0) {
                    out[i][j] = new GainSpec(0, military, economic, 1);
                }
            }
        }
        return out;
    }
}
