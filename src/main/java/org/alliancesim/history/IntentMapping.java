package org.alliancesim.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.alliancesim.data.DisputeYear;
import org.alliancesim.data.IdealPoints;
import org.alliancesim.data.Rivalry;
import org.alliancesim.history.IntentProxy;

/**
 * Perceived intent i -> j from three signals, combined by noisy-OR over a floor:
 *
 * <pre>
 * intent(i, j) = 1 - (1 - base) (1 - rivalry(i, j)) (1 - dispute(i, j)) (1 - un(i, j))
 * rivalry(i, j) = rivalryIntent if a Thompson-Dreyer rivalry opposes i and j that year, else 0
 * dispute(i, j) = 1 - prod over dispute-years (y, h) of j against i, y < year + 1:
 *                     (1 - disputeIntent * h / 5 * 2^(-(year - y) / halfLife))
 * un(i, j)      = unIntent * min(1, |x_i - x_j| / unScale)   (UN ideal points, from 1946; 0 if missing)
 * </pre>
 *
 * <p>Noisy-OR reads each signal as independent evidence of hostility: any one of them raises the
 * intent, none can lower it, and the result stays in [0,1] however many disputes accumulate. The
 * dispute term is directed: h is the hostility level j reached in its dispute with i (MID {@code
 * hostlev2} of the directed row i, j), so what j did to i raises i's perception of j. Dispute-years
 * of the current year count with no decay; later ones are not seen.
 */
final class IntentMapping {
    private static final int HOSTILITY_MAX = 5;

    private final MappingParams p;
    private final List<Rivalry> rivalries;
    private final IdealPoints ideal;
    private final Map<Long, List<int[]>> byDirectedPair = new HashMap<>();

    IntentMapping(MappingParams p, List<Rivalry> rivalries, List<DisputeYear> disputes, IdealPoints ideal) {
        this.p = p;
        this.rivalries = rivalries;
        this.ideal = ideal;
        for (DisputeYear d : disputes) {
            byDirectedPair.computeIfAbsent(key(d.ccode1(), d.ccode2()), k -> new ArrayList<>())
                    .add(new int[] {d.year(), d.hostility2()});
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Pairs (as min/max keys) opposed by a rivalry in force in {@code year}. */
    Map<Long, Rivalry> rivalriesIn(int year) {
        Map<Long, Rivalry> out = new HashMap<>();
        for (Rivalry r : rivalries) {
            if (r.inForce(year)) {
                out.put(key(Math.min(r.ccode1(), r.ccode2()), Math.max(r.ccode1(), r.ccode2())), r);
            }
        }
        return out;
    }

    /** The dispute signal of i about j in {@code year}, in [0,1). */
    double dispute(int i, int j, int year) {
        double keep = 1;
        for (int[] d : byDirectedPair.getOrDefault(key(i, j), List.of())) {
            int age = year - d[0];
            if (age >= 0) {
                double w = p.disputeIntent() * d[1] / HOSTILITY_MAX * Math.pow(2, -age / p.disputeHalfLife());
                keep *= 1 - w;
            }
        }
        return 1 - keep;
    }

    /** The UN ideal point of a state in {@code year}, NaN before 1946 or when missing. */
    double idealPoint(int ccode, int year) {
        if (ideal == null) {
            return Double.NaN;
        }
        OptionalDouble x = ideal.idealPointInYear(ccode, year);
        return x.isPresent() ? x.getAsDouble() : Double.NaN;
    }

    /** Intent i -> j for every pair of {@code ccodes}, and the UN distances (NaN when missing). */
    double[][] intents(int year, int[] ccodes, double[][] unDistance) {
        int n = ccodes.length;
        Map<Long, Rivalry> rivals = rivalriesIn(year);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = idealPoint(ccodes[i], year);
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    unDistance[i][j] = 0;
                    continue;
                }
                boolean un = !Double.isNaN(x[i]) && !Double.isNaN(x[j]);
                unDistance[i][j] = un ? Math.abs(x[i] - x[j]) : Double.NaN;
                double r = rivals.containsKey(key(Math.min(ccodes[i], ccodes[j]), Math.max(ccodes[i], ccodes[j])))
                        ? p.rivalryIntent() : 0;
                double u = un ? p.unIntent() * IntentProxy.intent(x[i], x[j], p.unScale()) : 0;
                out[i][j] = 1 - (1 - p.baseIntent()) * (1 - r) * (1 - dispute(ccodes[i], ccodes[j], year)) * (1 - u);
            }
        }
        return out;
    }
}
