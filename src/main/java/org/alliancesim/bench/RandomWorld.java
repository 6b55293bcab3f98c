package org.alliancesim.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Channel;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.Revisionism;

/**
 * A seeded random world of {@code n} states for benchmarks and for checking the engine against
 * {@link BareLoop}: random capitals, power components, reach, offense, perceived intents,
 * credibility, expected gains, trade, identity traits, aims and decision modules (a mix of every
 * theory). Each state names its relations with a few random partners ({@link #LISTED} at most),
 * as a real whole-world scenario would; every other pair takes the scenario defaults.
 *
 * <p>The world is held twice: as dense arrays with the defaults already filled in (what the bare
 * loop reads) and as a {@link Scenario} (what the engine reads, through its own loader path from
 * {@link StateSpec}s). A test checks the two give the same numbers.
 *
 * @param n number of states
 * @param ids state ids, {@code S0000}...
 * @param lat capital latitudes
 * @param lon capital longitudes
 * @param components raw power components [state][population, economy, military]
 * @param reach power-projection reach
 * @param baseOffense offensive capability toward unnamed states
 * @param offense offensive capability [j][i] of j toward i (defaults filled in)
 * @param intent aggressive intent [i][j] that i perceives in j, at step 0 (defaults filled in)
 * @param credibility [i][j] (defaults filled in)
 * @param gains expected gains [channel][i][j] (0 where not named)
 * @param delivered share of gains delivered [i][j] (0 where no gains are named, as the engine does)
 * @param trade share of i's trade with j
 * @param traits identity traits [state][trait] as small integers
 * @param revisionism Schweller's aims per state
 * @param modules decision module per state
 * @param parameters the scenario parameters ({@link Parameters#DEFAULTS}, the interacting model,
 *     unless another base is given, with the given perception noise)
 */
public record RandomWorld(int n, String[] ids, double[] lat, double[] lon, double[][] components, double[] reach,
                          double[] baseOffense, double[][] offense, double[][] intent, double[][] credibility,
                          double[][][] gains, double[][] delivered, double[][] trade, int[][] traits,
                          Revisionism[] revisionism, Theories[] modules, Parameters parameters) {
    /**
     * The agent-level theories a random world draws its modules from (the bare loop has each of
     * them). The system-level {@code landscape} module is left out: its blocs are model state.
     */
    static final Theories[] AGENT_LEVEL = java.util.Arrays.stream(Theories.values())
            .filter(t -> t != Theories.LANDSCAPE && t != Theories.BALANCE_OF_THREAT_CAPABLE).toArray(Theories[]::new);


    /** The power components every random state has, in this order. */
    public static final List<String> COMPONENTS = List.of("population", "economy", "military");
    /** The identity traits every random state has. */
    public static final List<String> TRAITS = List.of("religion", "ethnicity", "language", "regime-type");
    /** How many partners each state names relations with (fewer in smaller worlds). */
    public static final int LISTED = 12;
    /** The perception noise of the default parameters, which benchmarks keep. */
    public static final double DEFAULT_NOISE = Parameters.DEFAULTS.perception().noise();

    /** A random world of n states from a seed under the default parameters, with the given perception noise. */
    public static RandomWorld generate(int n, long seed, double noise) {
        return generate(n, seed, noise, Parameters.DEFAULTS);
    }

    /**
     * A random world of n states from a seed under the given parameters (e.g.
     * {@link Parameters#independentDyads()} for the model before alliances changed the world), with
     * the given perception noise. The states drawn depend on the seed only.
     */
    public static RandomWorld generate(int n, long seed, double noise, Parameters base) {
        if (n < 2) {
            throw new IllegalArgumentException("a world needs at least two states, got " + n);
        }
        SplittableRandom r = new SplittableRandom(seed);
        PerceptionParams pp = base.perception();
        Parameters params = base.withNoise(noise);
        String[] ids = new String[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[][] comp = new double[n][COMPONENTS.size()];
        double[] reach = new double[n];
        double[] baseOffense = new double[n];
        int[][] traits = new int[n][TRAITS.size()];
        Revisionism[] rev = new Revisionism[n];
        Theories[] modules = new Theories[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.format(java.util.Locale.ROOT, "S%04d", i);
            lat[i] = r.nextDouble(-55, 70);
            lon[i] = r.nextDouble(-180, 180);
            for (int c = 0; c < comp[i].length; c++) {
                comp[i][c] = Math.exp(3 + 1.5 * r.nextDouble(-2, 2));
            }
            reach[i] = r.nextDouble() < 0.1 ? r.nextDouble(1, 3) : 1;
            baseOffense[i] = r.nextDouble(0, 0.6);
            for (int t = 0; t < traits[i].length; t++) {
                traits[i][t] = r.nextInt(3);
            }
            rev[i] = Revisionism.values()[r.nextInt(Revisionism.values().length)];
            modules[i] = AGENT_LEVEL[r.nextInt(AGENT_LEVEL.length)];
        }
        double[][] offense = new double[n][n];
        double[][] intent = new double[n][n];
        double[][] cred = new double[n][n];
        double[][][] gains = new double[Channel.values().length][n][n];
        double[][] delivered = new double[n][n];
        double[][] trade = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    offense[i][j] = baseOffense[i];
                    intent[i][j] = pp.defaultIntent();
                    cred[i][j] = pp.defaultCredibility();
                }
            }
            double tradeLeft = 1;
            for (int j : partners(r, i, n)) {
                offense[i][j] = r.nextDouble();
                intent[i][j] = Math.pow(r.nextDouble(), 2);
                cred[i][j] = r.nextDouble();
                for (double[][] g : gains) {
                    g[i][j] = r.nextDouble();
                }
                delivered[i][j] = r.nextDouble(0.5, 1);
                trade[i][j] = tradeLeft * r.nextDouble(0, 0.3);
                tradeLeft -= trade[i][j];
            }
        }
        return new RandomWorld(n, ids, lat, lon, comp, reach, baseOffense, offense, intent, cred, gains, delivered,
                trade, traits, rev, modules, params);
    }

    /** Up to {@link #LISTED} distinct partners of i, in random order. */
    private static int[] partners(SplittableRandom r, int i, int n) {
        int k = Math.min(LISTED, n - 1);
        int[] others = new int[n - 1];
        for (int j = 0, m = 0; j < n; j++) {
            if (j != i) {
                others[m++] = j;
            }
        }
        for (int a = 0; a < k; a++) {
            int b = a + r.nextInt(others.length - a);
            int t = others[a];
            others[a] = others[b];
            others[b] = t;
        }
        return java.util.Arrays.copyOf(others, k);
    }

    /** Whether i names j (a value differs from the default, so the scenario must carry it). */
    private boolean names(int i, int j) {
        return delivered[i][j] > 0;
    }

    /** The same world as a scenario the engine loads: only named relations are written out. */
    public Scenario toScenario(int steps) {
        List<StateSpec> states = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> power = new LinkedHashMap<>();
            for (int c = 0; c < COMPONENTS.size(); c++) {
                power.put(COMPONENTS.get(c), components[i][c]);
            }
            Map<String, Double> offenseToward = new LinkedHashMap<>();
            Map<String, Double> perceives = new LinkedHashMap<>();
            Map<String, Double> cred = new LinkedHashMap<>();
            Map<String, GainSpec> gainSpecs = new LinkedHashMap<>();
            Map<String, Double> tradeShares = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                if (j == i || !names(i, j)) {
                    continue;
                }
                offenseToward.put(ids[j], offense[i][j]);
                perceives.put(ids[j], intent[i][j]);
                cred.put(ids[j], credibility[i][j]);
                gainSpecs.put(ids[j], new GainSpec(gains[Channel.POLITICAL.ordinal()][i][j],
                        gains[Channel.MILITARY.ordinal()][i][j], gains[Channel.ECONOMIC.ordinal()][i][j],
                        delivered[i][j]));
                tradeShares.put(ids[j], trade[i][j]);
            }
            Map<String, String> identity = new LinkedHashMap<>();
            for (int t = 0; t < TRAITS.size(); t++) {
                identity.put(TRAITS.get(t), "v" + traits[i][t]);
            }
            states.add(new StateSpec(ids[i], ids[i], lat[i], lon[i], power, reach[i], baseOffense[i], offenseToward,
                    revisionism[i], modules[i].label(), perceives, cred, gainSpecs, tradeShares, identity, null,
                    Map.of()));
        }
        return new Scenario("random-" + n, "A seeded random world of " + n + " states (benchmark).", "random",
                "", new TimeSpec(2000, TimeSpec.Unit.YEAR, steps), List.of(ids[0]), Theories.BALANCE_OF_THREAT.label(),
                parameters, states, List.of(), List.of(), Map.of());
    }
}
