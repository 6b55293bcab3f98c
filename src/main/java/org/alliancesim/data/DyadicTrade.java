package org.alliancesim.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * COW dyadic trade (Barbieri and Keshk 2016) for a span of years, held in primitive arrays: per
 * year, the sorted pair keys with the pair's total trade (imports both ways, current US$
 * millions), and each state's total trade with every partner in the file.
 */
public final class DyadicTrade {

    private final int firstYear;
    private final int lastYear;
    private final Map<Integer, long[]> keys = new HashMap<>();
    private final Map<Integer, double[]> flows = new HashMap<>();
    private final Map<Integer, int[]> codes = new HashMap<>();
    private final Map<Integer, Integer> dyads = new HashMap<>();
    private final CodeSites sites = new CodeSites();
    private final Map<Integer, double[]> totals = new HashMap<>();

    /**
     * @param firstYear first year covered (trade before it is unknown, not zero)
     * @param lastYear last year covered
     * @param keys per year, pair keys {@code (min << 32) | max}, sorted ascending
     * @param flows per year, the total trade of each pair in {@code keys}
     * @param dyads rows per year in the whole file, kept years or not
     */
    DyadicTrade(int firstYear, int lastYear, Map<Integer, long[]> keys, Map<Integer, double[]> flows,
            Map<Integer, Integer> dyads) {
        this.dyads.putAll(dyads);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.keys.putAll(keys);
        this.flows.putAll(flows);
        keys.forEach((year, k) -> {
            double[] f = flows.get(year);
            int[] all = new int[2 * k.length];
            for (int i = 0; i < k.length; i++) {
                all[2 * i] = (int) (k[i] >>> 32);
                all[2 * i + 1] = (int) k[i];
            }
            int[] c = Arrays.stream(all).sorted().distinct().toArray();
            double[] t = new double[c.length];
            for (int i = 0; i < k.length; i++) {
                t[Arrays.binarySearch(c, all[2 * i])] += f[i];
                t[Arrays.binarySearch(c, all[2 * i + 1])] += f[i];
            }
            codes.put(year, c);
            totals.put(year, t);
        });
    }

    /** Where each state code first appears in the file. */
    public CodeSites codes() {
        return sites;
    }

    /** Whether the file has any trade for {@code year} (before 1870 COW records none). */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear && keys.containsKey(year);
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** Trade between a and b in {@code year} (both directions), 0 if no row. */
    public double flow(int a, int b, int year) {
        long[] k = keys.get(year);
        if (k == null) {
            return 0;
        }
        int i = Arrays.binarySearch(k, Fields.key(Math.min(a, b), Math.max(a, b)));
        return i < 0 ? 0 : flows.get(year)[i];
    }

    /** A state's total trade with every partner in the file in {@code year}. */
    public double total(int ccode, int year) {
        int[] c = codes.get(year);
        if (c == null) {
            return 0;
        }
        int i = Arrays.binarySearch(c, ccode);
        return i < 0 ? 0 : totals.get(year)[i];
    }

    /** Number of rows the file has for {@code year}, whether or not the year was kept. */
    public int dyads(int year) {
        return dyads.getOrDefault(year, 0);
    }

    /** Share of a's total trade in {@code year} that is with b; 0 if a records no trade. */
    public double share(int a, int b, int year) {
        double t = total(a, year);
        return t > 0 ? flow(a, b, year) / t : 0;
    }
}
