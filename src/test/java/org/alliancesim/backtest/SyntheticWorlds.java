package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.history.DyadCovariates;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Geography;
import org.alliancesim.world.Revisionism;

/**
 * A small made-up world for tests: a strong revisionist state (code 365) threatening four smaller
 * neighbours, two of which (2 and 20) trust each other; state 255 enters the system in
 * {@link #ENTRY}. UN distances exist from {@link #UN_FROM}. Years {@link #FIRST}-{@link #LAST}.
 */
public final class SyntheticWorlds implements YearWorldSource {
    public static final int FIRST = 1900;
    public static final int LAST = 1911;
    static final int ENTRY = 1903;
    static final int UN_FROM = 1906;
    /** Contiguous pairs, as "a-b" with a &lt; b. */
    static final Set<String> CONTIGUOUS = Set.of("2-20", "20-365", "200-365", "200-220", "220-365");
    private final List<Integer> requested = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A fixture from {@code src/test/resources/backtest/}. */
    public static java.nio.file.Path fixture(String name) {
        try {
            return java.nio.file.Path.of(SyntheticWorlds.class.getResource("/backtest/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * These worlds, each year handed to {@code check} before its world is built (the check may
     * throw, or note the request).
     */
    static YearWorldSource checked(java.util.function.IntConsumer check) {
        SyntheticWorlds inner = new SyntheticWorlds();
        return new YearWorldSource() {
            @Override
            public int firstYear() {
                return inner.firstYear();
            }

            @Override
            public int lastYear() {
                return inner.lastYear();
            }

            @Override
            public YearWorld world(int year) {
                check.accept(year);
                return inner.world(year);
            }
        };
    }

    /** These worlds, except that building any of {@code years} fails with "no capital in YEAR". */
    static YearWorldSource failingIn(int... years) {
        return checked(year -> {
            if (java.util.Arrays.stream(years).anyMatch(y -> y == year)) {
                throw new IllegalArgumentException("no capital in " + year);
            }
        });
    }

    /** Every year asked for, in order. */
    List<Integer> requested() {
        return List.copyOf(requested);
    }

    @Override
    public int firstYear() {
        return FIRST;
    }

    @Override
    public int lastYear() {
        return LAST;
    }

    @Override
    public YearWorld world(int year) {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("no world for " + year);
        }
        requested.add(year);
        List<StateSpec> states = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        double growth = 1 + 0.05 * (year - FIRST);
        add(states, codes, 2, "AAA", 50, 10, 40, 0.3, Map.of("RRR", 0.8, "BBB", 0.05));
        add(states, codes, 20, "BBB", 51, 12, 30, 0.3, Map.of("RRR", 0.8, "AAA", 0.05));
        add(states, codes, 200, "CCC", 45, 20, 25, 0.2, Map.of("RRR", 0.6));
        add(states, codes, 220, "DDD", 44, 24, 20, 0.2, Map.of("RRR", 0.5));
        if (year >= ENTRY) {
            add(states, codes, 255, "EEE", 40, 5, 10, 0.1, Map.of("RRR", 0.4));
        }
        add(states, codes, 365, "RRR", 52, 30, 120 * growth, 0.7, Map.of("AAA", 0.5, "BBB", 0.5));
        Scenario sc = new Scenario("synthetic-" + year, "test world", "synthetic", "0",
                new TimeSpec(year, TimeSpec.Unit.YEAR, 1), List.of(), "balance-of-threat", Parameters.DEFAULTS, states,
                List.of(), List.of(), Map.of());
        int[] cc = codes.stream().mapToInt(Integer::intValue).toArray();
        return new YearWorld(year, sc, cc, new DyadCovariates() {
            @Override
            public double distanceKm(int i, int j) {
                StateSpec a = states.get(i);
                StateSpec b = states.get(j);
                return Geography.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
            }

            @Override
            public boolean contiguous(int i, int j) {
                return CONTIGUOUS.contains(Math.min(cc[i], cc[j]) + "-" + Math.max(cc[i], cc[j]));
            }

            @Override
            public double unDistance(int i, int j) {
                return year < UN_FROM ? Double.NaN : Math.abs(cc[i] - cc[j]) / 365.0;
            }
        });
    }

    private static void add(List<StateSpec> states, List<Integer> codes, int code, String id, double lat, double lon,
                            double military, double offense, Map<String, Double> perceives) {
        Map<String, Double> power = new LinkedHashMap<>();
        power.put("military", military);
        power.put("economy", military * 2);
        Map<String, Double> p = new LinkedHashMap<>(perceives);
        Map<String, GainSpec> gains = Map.of();
        states.add(new StateSpec(id, id, lat, lon, power, 1, offense, Map.of(),
                code == 365 ? Revisionism.UNLIMITED : Revisionism.STATUS_QUO, null, p, Map.of(), gains, Map.of(),
                Map.of(), null, Map.of()));
        codes.add(code);
    }
}
