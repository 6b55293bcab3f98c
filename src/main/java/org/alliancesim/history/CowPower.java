package org.alliancesim.history;

import java.util.HashMap;
import org.alliancesim.data.CincCalculator;
import org.alliancesim.data.CincValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.alliancesim.data.NmcComponent;
import org.alliancesim.data.NmcRecord;

/**
 * Maps COW's six National Material Capabilities onto the scenario's power components, following
 * COW's own three dimensions (Singer, Bremer and Stuckey 1972; Greig and Enterline 2021):
 *
 * <ul>
 *   <li>{@code population} (demographic) = mean of the state's shares of world {@code tpop} and
 *       {@code upop};
 *   <li>{@code economy} (industrial) = mean of its shares of world {@code irst} and {@code pec};
 *   <li>{@code military} = mean of its shares of world {@code milex} and {@code milper}.
 * </ul>
 *
 * <p>Each value is a percentage of that year's world total (all states in the NMC file that
 * year). The model takes each component as a share of the scenario's total and averages the three
 * with equal weights ({@link org.alliancesim.world.PowerParams}), so for a scenario holding the
 * whole system aggregate power equals COW's CINC exactly (the mean of six shares); for a subset it
 * is CINC's dimensions renormalised to the states present.
 *
 * <p>Missing components ({@code -9}): COW's CINC is the mean over the state's non-missing shares
 * ({@link CincCalculator}). Here a dimension with one component missing takes the other's share,
 * and then the state's three values are scaled together so that their mean is again exactly COW's
 * CINC. Without that step a state missing {@code milex} would count its {@code milper} share a third
 * instead of a fifth (North Korea 2016: 0.021 instead of COW's 0.013). A dimension with both
 * components missing is 0 before scaling. Keeping military apart lets the model tell W3 (own
 * military capability) from S1 (own non-military power).
 */
public final class CowPower {
    /** The scenario component names, in the order of {@link #of}'s array. */
    public static final List<String> COMPONENTS = List.of("population", "economy", "military");

    private static final NmcComponent[][] DIMENSIONS = {
        {NmcComponent.TPOP, NmcComponent.UPOP},
        {NmcComponent.IRST, NmcComponent.PEC},
        {NmcComponent.MILEX, NmcComponent.MILPER},
    };

    private CowPower() {
    }

    /**
     * The three components of every state of one year, by ccode, in percent of the world.
     *
     * @param system every record of that year (the world the shares are taken of)
     */
    public static Map<Integer, double[]> of(List<NmcRecord> system) {
        Map<NmcComponent, Double> totals = new HashMap<>();
        for (NmcComponent c : NmcComponent.values()) {
            double t = 0;
            for (NmcRecord r : system) {
                t += r.component(c).orElse(0);
            }
            totals.put(c, t);
        }
        Map<Integer, Double> cinc = new HashMap<>();
        for (CincValue c : CincCalculator.computeYear(system)) {
            cinc.put(c.ccode(), c.cinc().orElse(0));
        }
        Map<Integer, double[]> out = new HashMap<>();
        for (NmcRecord r : system) {
            boolean missing = false;
            double[] v = new double[DIMENSIONS.length];
            for (int d = 0; d < DIMENSIONS.length; d++) {
                double sum = 0;
                int used = 0;
                for (NmcComponent c : DIMENSIONS[d]) {
                    OptionalDouble x = r.component(c);
                    double total = totals.get(c);
                    if (x.isPresent() && total > 0) {
                        sum += x.getAsDouble() / total;
                        used++;
                    } else {
                        missing = true;
                    }
                }
                v[d] = used == 0 ? 0 : 100 * sum / used;
            }
            double mean = (v[0] + v[1] + v[2]) / 3 / 100;
            if (missing && mean > 0) {
                double factor = cinc.get(r.ccode()) / mean;
                for (int d = 0; d < v.length; d++) {
                    v[d] *= factor;
                }
            }
            out.put(r.ccode(), v);
        }
        return out;
    }
}
