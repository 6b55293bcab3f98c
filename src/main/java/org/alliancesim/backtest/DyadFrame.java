package org.alliancesim.backtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.Obligation;
import org.alliancesim.history.DyadCovariates;
import org.alliancesim.history.YearWorld;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.StateSpec;

/**
 * Every non-directed dyad-year of a span (rows by year, then in {@link YearPrediction#pair} order),
 * with what ATOP observed, the same dyad's row the year before, and the covariates the baselines
 * read. Built from the worlds and the alliance table only: no theory's prediction enters it.
 */
public final class DyadFrame {
    /** Covariate columns of {@link #covariates}, in order. */
    public static final List<String> COVARIATES = List.of("log-distance", "contiguous", "un-distance", "un-missing",
            "log-power-stronger", "log-power-weaker", "intent");
    public final int from;
    public final int years;
    public final int[] yearIndex;
    public final int[] ccode1;
    public final int[] ccode2;
    /** ATOP obligations this year, as {@link Obligation} bits. */
    public final int[] observed;
    /** ATOP obligations the year before, or -1 when the table does not cover that year. */
    public final int[] observedBefore;
    /** The row of the same dyad the year before within the span, or -1 (first year, or a state new to the system). */
    public final int[] previousRow;
    public final double[][] covariates;
    /** First row of each year (and the row count at the end). */
    public final int[] yearStart;

    public DyadFrame(List<YearWorld> worlds, AllianceTable table) {
        this(worlds.stream().map(w -> year(w, table)).toList());
    }

    /**
     * One year's rows of a frame, made from that year's world alone (so the years of a span can be
     * made on any thread, in any order, and the world dropped).
     *
     * @param year the year
     * @param ccodes the states' COW codes, in the world's order
     * @param observed ATOP obligations per dyad, {@link YearPrediction#pair} order
     * @param observedBefore ATOP obligations the year before per dyad, or -1 where the table does not cover it
     * @param covariates per dyad, as {@link #COVARIATES}
     */
    public record Year(int year, int[] ccodes, int[] observed, int[] observedBefore, double[][] covariates) {
    }

    /** The rows of one world's year. */
    public static Year year(YearWorld w, AllianceTable table) {
        int[] cc = w.ccodes();
        int n = YearPrediction.dyads(cc.length);
        int[] observed = new int[n];
        int[] before = new int[n];
        double[][] covariates = new double[n][];
        double[] power = power(w);
        boolean covered = w.year() - 1 >= table.firstYear() && w.year() - 1 <= table.lastYear();
        int r = 0;
        for (int i = 0; i < cc.length; i++) {
            for (int j = i + 1; j < cc.length; j++) {
                observed[r] = table.obligations(w.year(), cc[i], cc[j]);
                before[r] = covered ? table.obligations(w.year() - 1, cc[i], cc[j]) : -1;
                covariates[r] = covariates(w, i, j, power);
                r++;
            }
        }
        return new Year(w.year(), cc.clone(), observed, before, covariates);
    }

    /** The frame of consecutive years' rows, in order. */
    public DyadFrame(List<Year> byYear) {
        int rows = 0;
        for (Year y : byYear) {
            rows += y.observed().length;
        }
        from = byYear.get(0).year();
        years = byYear.size();
        yearIndex = new int[rows];
        ccode1 = new int[rows];
        ccode2 = new int[rows];
        observed = new int[rows];
        observedBefore = new int[rows];
        previousRow = new int[rows];
        covariates = new double[rows][];
        yearStart = new int[years + 1];
        Map<Integer, Integer> lastIndex = Map.of();
        int lastStart = 0;
        int lastStates = 0;
        int r = 0;
        for (int y = 0; y < years; y++) {
            Year yr = byYear.get(y);
            if (yr.year() != from + y) {
                throw new IllegalArgumentException("the frame's years must be consecutive: year " + (from + y)
                        + " is " + yr.year());
            }
            yearStart[y] = r;
            int[] cc = yr.ccodes();
            System.arraycopy(yr.observed(), 0, observed, r, yr.observed().length);
            System.arraycopy(yr.observedBefore(), 0, observedBefore, r, yr.observed().length);
            System.arraycopy(yr.covariates(), 0, covariates, r, yr.observed().length);
            Map<Integer, Integer> index = new HashMap<>();
            for (int i = 0; i < cc.length; i++) {
                index.put(cc[i], i);
            }
            for (int i = 0; i < cc.length; i++) {
                Integer pi = lastIndex.get(cc[i]);
                for (int j = i + 1; j < cc.length; j++) {
                    yearIndex[r] = y;
                    ccode1[r] = cc[i];
                    ccode2[r] = cc[j];
                    Integer pj = pi == null ? null : lastIndex.get(cc[j]);
                    previousRow[r] = pj == null ? -1
                            : lastStart + YearPrediction.pair(lastStates, Math.min(pi, pj), Math.max(pi, pj));
                    r++;
                }
            }
            lastIndex = index;
            lastStart = yearStart[y];
            lastStates = cc.length;
        }
        yearStart[years] = r;
    }

    public int rows() {
        return yearIndex.length;
    }

    public int year(int row) {
        return from + yearIndex[row];
    }

    /** Whether ATOP records the target in force for the row ({@code defence}: a defence pact; else any obligation). */
    public boolean observed(int row, boolean defence) {
        return defence ? Obligation.defence(observed[row]) : observed[row] != 0;
    }

    private static double[] covariates(YearWorld w, int i, int j, double[] power) {
        DyadCovariates c = w.covariates();
        double un = c.unDistance(i, j);
        double hi = Math.max(power[i], power[j]);
        double lo = Math.min(power[i], power[j]);
        return new double[] {Math.log1p(Math.max(0, c.distanceKm(i, j))), c.contiguous(i, j) ? 1 : 0,
            Double.isNaN(un) ? 0 : un, Double.isNaN(un) ? 1 : 0, Math.log(hi + 1e-6), Math.log(lo + 1e-6),
            intent(w, i, j)};
    }

    /** Mean perceived intent of the two states toward each other (the scenario's default when not given). */
    private static double intent(YearWorld w, int i, int j) {
        var states = w.scenario().states();
        double d = w.scenario().parameters().perception().defaultIntent();
        StateSpec a = states.get(i);
        StateSpec b = states.get(j);
        return 0.5 * (a.perceives().getOrDefault(b.id(), d) + b.perceives().getOrDefault(a.id(), d));
    }

    /** Aggregate power as the model builds it: the weighted mean of each component's share of the year's total. */
    static double[] power(YearWorld w) {
        var states = w.scenario().states();
        Parameters p = w.scenario().parameters();
        double[] out = new double[states.size()];
        Map<String, Double> totals = new HashMap<>();
        for (StateSpec s : states) {
            s.power().forEach((k, v) -> totals.merge(k, v, Double::sum));
        }
        for (int k = 0; k < out.length; k++) {
            double sum = 0;
            double weights = 0;
            for (var e : states.get(k).power().entrySet()) {
                double total = totals.get(e.getKey());
                double wgt = p.power().weight(e.getKey());
                sum += wgt * (total > 0 ? e.getValue() / total : 0);
                weights += wgt;
            }
            out[k] = weights > 0 ? sum / weights : 0;
        }
        return out;
    }
}
