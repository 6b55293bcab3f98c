package org.alliancesim.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.TimeSpec;

/**
 * Whole-world historical scenarios from data: for a year, every state in the COW system that year,
 * in ascending COW code, with every input {@link InputBuilder} computes (no YAML round trip). The
 * scenario's time is that year with {@link Settling#DEFAULT_STEPS} steps, its states name no module
 * and its focal list is empty; distances hold every pair (capdist or great-circle, as
 * {@link InputBuilder} says).
 */
public final class HistoricalWorlds implements YearWorldSource {
    private final InputBuilder builder;
    private final int first;
    private final int last;

    public HistoricalWorlds(HistoricalData data, MappingParams params) {
        this.builder = new InputBuilder(data, params);
        this.first = data.firstYear();
        this.last = data.lastYear();
    }

    /** Every data set from a folder laid out like {@code ../shared/data}, default mappings. */
    public static HistoricalWorlds fromFolder(Path folder) throws IOException {
        return new HistoricalWorlds(HistoricalData.load(folder), MappingParams.DEFAULTS);
    }

    /**
     * As {@link #fromFolder(Path)} for worlds of {@code from..to} only: trade is kept only for the
     * years those worlds can read (back to {@code tradeCarryYears} before {@code from}), so the
     * worlds of the span are the same and the large trade file is scanned, not kept (its rows
     * outside those years are checked for shape and year only, as {@code import} reads it).
     */
    public static HistoricalWorlds fromFolder(Path folder, int from, int to) throws IOException {
        MappingParams p = MappingParams.DEFAULTS;
        return new HistoricalWorlds(HistoricalData.load(folder, from - (int) p.tradeCarryYears(), to), p);
    }

    @Override
    public int firstYear() {
        return first;
    }

    @Override
    public int lastYear() {
        return last;
    }

    /** The inputs of one year, as the world is built from them. */
    public YearInputs inputs(int year) {
        check(year);
        List<Integer> members = builder.data().states().membersIn(year);
        return builder.build(year, members.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public YearWorld world(int year) {
        YearInputs in = inputs(year);
        int n = in.size();
        Map<String, Double> distances = new HashMap<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                distances.put(in.ids()[i] + "-" + in.ids()[j], in.distanceKm()[i][j]);
            }
        }
        Scenario s = new Scenario("history-" + year, n + " states of the COW system in " + year + ", inputs from data",
                "data:" + builder.data().folder(), "", new TimeSpec(year, TimeSpec.Unit.YEAR, Settling.DEFAULT_STEPS),
                List.of(), Theories.BALANCE_OF_THREAT.label(), Parameters.DEFAULTS, StateSpecs.of(in), List.of(),
                List.of(), distances);
        return new YearWorld(year, s, in.ccodes(), new ArrayCovariates(in.distanceKm(), in.contiguity(),
                in.unDistance()));
    }

    private void check(int year) {
        if (year < first || year > last) {
            throw new IllegalArgumentException("year " + year + " outside the data's coverage " + first + "-" + last);
        }
    }
}
