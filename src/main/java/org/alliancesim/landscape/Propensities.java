package org.alliancesim.landscape;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.world.Channel;
import org.alliancesim.world.WorldView;

/**
 * The landscape a simulation run derives from its assessed world (Axelrod and Bennett, BJPolS
 * 23(2), 1993): each state's size is its aggregate power {@link WorldView#power(int)}, and each
 * pair's propensity to be on the same side is, with the weights of {@link PropensityParams},
 * <pre>
 *   p_ij = sharedThreat * max_{k != i,j} min(T_ik, T_jk)            a common threat (Walt 1987: 17)
 *        + gains        * (G_ij + G_ji) / 2                         gains both ways (Schweller 1994)
 *        - mutualThreat * (T_ij + T_ji) / 2                         the threat they pose each other
 *        + identity     * identity_ij                               shared identity
 *        + trade        * (trade_ij + trade_ji) / 2                 interdependence (Keohane and Nye 1977)
 *   G_ij = mean over the political, military and economic channels of the gain i expects from j,
 *          times the share of it delivered
 * </pre>
 * where {@code T_ik} is the threat i perceives from k ({@link WorldView#threat(int, int)}). Every
 * term is symmetric in i and j by construction, as the landscape requires. Strong shared enemies
 * and gains pull a pair together; a pair that threatens each other is pushed apart.
 *
 * <p>Cost: the shared-threat term scans every third state, so one propensity is O(N) and a whole
 * landscape O(N^3). That is exact and cheap for the scenarios this model runs (a few dozen
 * states: 50 states is about 10^5 operations per step); restricting k to each state's top
 * threats would make it O(N^2) but can miss the common threat both rank third.
 */
public final class Propensities {

    private static final Channel[] CHANNELS = Channel.values();

    private Propensities() {
    }

    /**
     * @param w the assessed world
     * @param p the weights
     * @param i one state
     * @param j another state
     * @return {@code p_ij}; 0 when {@code i == j}; equal to {@code propensity(w, p, j, i)} exactly
     */
    public static double propensity(WorldView w, PropensityParams p, int i, int j) {
        if (i == j) {
            return 0;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        double value = p.sharedThreat() * sharedThreat(w, a, b) + p.gains() * gains(w, a, b)
                - p.mutualThreat() * mutualThreat(w, a, b);
        if (p.identity() != 0) {
            value += p.identity() * w.identity(a, b);
        }
        if (p.trade() != 0) {
            value += p.trade() * (w.trade(a, b) + w.trade(b, a)) / 2;
        }
        return value;
    }

    /**
     * The strongest threat both states perceive from one third party: {@code max_k min(T_ik, T_jk)}
     * over {@code k} other than i and j, in [0,1]. Walt's security alliance against a common
     * enemy needs both to see the enemy (docs/theory.md Table 4).
     */
    public static double sharedThreat(WorldView w, int i, int j) {
        double best = 0;
        for (int k = 0; k < w.size(); k++) {
            if (k != i && k != j) {
                best = Math.max(best, Math.min(w.threat(i, k), w.threat(j, k)));
            }
        }
        return best;
    }

    /** The gains both expect from each other and see delivered, averaged over the two ways, in [0,1]. */
    public static double gains(WorldView w, int i, int j) {
        return (realisedGain(w, i, j) + realisedGain(w, j, i)) / 2;
    }

    /** The threat the two perceive from each other, averaged over the two ways, in [0,1]. */
    public static double mutualThreat(WorldView w, int i, int j) {
        return (w.threat(i, j) + w.threat(j, i)) / 2;
    }

    private static double realisedGain(WorldView w, int i, int j) {
        double sum = 0;
        for (Channel ch : CHANNELS) {
            sum += w.gain(i, j, ch);
        }
        return sum / CHANNELS.length * w.delivered(i, j);
    }

    /**
     * The whole landscape: states named by id, sized by aggregate power, with every pair's
     * propensity. O(N^3), see the class comment.
     *
     * @param w the assessed world
     * @param p the weights
     * @return the landscape
     */
    public static Landscape landscape(WorldView w, PropensityParams p) {
        int n = w.size();
        List<String> names = new ArrayList<>(n);
        double[] sizes = new double[n];
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            names.add(w.id(i));
            sizes[i] = w.power(i);
            for (int j = i + 1; j < n; j++) {
                double v = propensity(w, p, i, j);
                matrix[i][j] = v;
                matrix[j][i] = v;
            }
        }
        return new Landscape(names, sizes, matrix);
    }
}
