package org.alliancesim.landscape;

import java.util.Arrays;

/**
 * Exact global minimum of a landscape (Axelrod and Bennett, BJPolS 23(2), 1993) beyond the reach
 * of {@link ExactEnumerator}: depth-first branch and bound over the actors with a Russian-doll
 * bound, which proves the minimum rather than sampling for it.
 *
 * <p><b>Order.</b> Actors are branched on in decreasing order of {@code sum_j |s_i s_j p_ij|}, so
 * the heavy actors are fixed first and the light ones form the tail. The first actor of the
 * order is fixed on side A: a configuration and its complement are the same partition.
 *
 * <p><b>Bound.</b> With the first {@code d} actors of the order fixed, the energy splits into the
 * pairs among fixed actors (known), the pairs of a free actor with fixed ones (each free actor
 * pays {@code costA_k} or {@code costB_k}, the weights of the fixed actors it would be apart
 * from) and the pairs among free actors. The bound is the known part, plus
 * {@code sum_k min(costA_k, costB_k)}, plus the exact minimum energy of the free actors alone.
 * That last term is the Russian-doll part: the tails {@code d = N-1, N-2, ..., 0} are solved in
 * turn, each with the minima of the shorter tails as its bounds, and the last tail is the
 * whole landscape. Each tail starts from the previous tail's optimum with its new actor on its
 * cheaper side, so the incumbent is good from the start. Children are visited cheaper side
 * first. A subtree is pruned when its bound is not below the incumbent, so the minimum is exact
 * up to floating-point rounding in the sums (far below {@link Landscape#tolerance()}).
 *
 * <p><b>Budget.</b> The search counts nodes (one per actor fixed to one side) over all tails and
 * stops when the budget runs out; the outcome then says the incumbent is not proven. Node counts
 * do not depend on the machine, so a given landscape and budget always give the same outcome.
 */
public final class BranchAndBound {

    /** The outcome of a search. */
    public record Outcome(Configuration configuration, double energy, boolean proven, long nodes) {
    }

    private final long nodeBudget;

    private int n;
    private int[] order;
    /** Weights in branching order, row-major. */
    private double[] w;
    /** {@code tail[d]}: minimum energy among the actors at order positions d..N-1 alone. */
    private double[] tail;
    /** Per depth: cost of each not-yet-fixed actor on side A and on side B. */
    private double[][] costA;
    private double[][] costB;
    private boolean[] onB;
    private boolean[] bestOnB;
    private double best;
    private long nodes;
    private boolean exhausted;

    /** @param nodeBudget largest number of nodes to visit, at least 1 */
    public BranchAndBound(long nodeBudget) {
        if (nodeBudget < 1) {
            throw new IllegalArgumentException("node budget must be at least 1: " + nodeBudget);
        }
        this.nodeBudget = nodeBudget;
    }

    /**
     * @param landscape any landscape
     * @return the lowest-energy configuration found, proven minimal unless the budget ran out
     */
    public Outcome solve(Landscape landscape) {
        setUp(landscape);
        bestOnB = new boolean[n];
        for (int start = n - 1; start >= 0 && !exhausted; start--) {
            tail[start] = solveTail(start);
        }
        boolean[] sides = new boolean[n];
        for (int d = 0; d < n; d++) {
            sides[order[d]] = bestOnB[d];
        }
        Configuration c = Configuration.of(sides);
        return new Outcome(c, landscape.energy(c), !exhausted, nodes);
    }

    private void setUp(Landscape landscape) {
        n = landscape.actorCount();
        double[] weights = landscape.weightsRowMajor();
        double[] load = new double[n];
        Integer[] byLoad = new Integer[n];
        for (int i = 0; i < n; i++) {
            byLoad[i] = i;
            for (int j = 0; j < n; j++) {
                load[i] += Math.abs(weights[i * n + j]);
            }
        }
        Arrays.sort(byLoad, (a, b) -> load[a] != load[b] ? Double.compare(load[b], load[a]) : Integer.compare(a, b));
        order = new int[n];
        for (int d = 0; d < n; d++) {
            order[d] = byLoad[d];
        }
        w = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                w[a * n + b] = weights[order[a] * n + order[b]];
            }
        }
        tail = new double[n + 1];
        costA = new double[n + 1][n];
        costB = new double[n + 1][n];
        onB = new boolean[n];
        nodes = 0;
        exhausted = false;
    }

    /** Minimum energy of the actors at positions start..N-1; leaves their best sides in bestOnB. */
    private double solveTail(int start) {
        // incumbent: the previous tail's optimum, with the new actor on its cheaper side
        double incumbent = tail[start + 1];
        double towardA = 0.0;
        double towardB = 0.0;
        for (int k = start + 1; k < n; k++) {
            // the new actor pays w when apart from k
            if (bestOnB[k]) {
                towardA += w[start * n + k];
            } else {
                towardB += w[start * n + k];
            }
        }
        bestOnB[start] = towardB < towardA;
        incumbent += Math.min(towardA, towardB);
        // normalise: the tail's first actor on side A
        if (bestOnB[start]) {
            for (int k = start; k < n; k++) {
                bestOnB[k] = !bestOnB[k];
            }
        }
        best = incumbent;
        onB[start] = false;
        double[] a = costA[start + 1];
        double[] b = costB[start + 1];
        double sum = 0.0;
        for (int k = start + 1; k < n; k++) {
            a[k] = 0.0;
            b[k] = w[start * n + k];
            sum += Math.min(a[k], b[k]);
        }
        nodes++;
        if (sum + tail[start + 1] < best) {
            search(start + 1, 0.0);
        }
        return best;
    }

    /** Actors before {@code depth} are fixed with energy {@code fixed}; the bound was checked. */
    private void search(int depth, double fixed) {
        if (depth == n) {
            if (fixed < best) {
                best = fixed;
                System.arraycopy(onB, 0, bestOnB, 0, n);
            }
            return;
        }
        double[] a = costA[depth];
        double[] b = costB[depth];
        boolean bFirst = b[depth] < a[depth];
        for (int t = 0; t < 2 && !exhausted; t++) {
            boolean side = bFirst ^ (t == 1);
            if (++nodes > nodeBudget) {
                exhausted = true;
                return;
            }
            double energy = fixed + (side ? b[depth] : a[depth]);
            double[] ca = costA[depth + 1];
            double[] cb = costB[depth + 1];
            double sum = 0.0;
            int row = depth * n;
            if (side) {
                for (int k = depth + 1; k < n; k++) {
                    double x = a[k] + w[row + k];
                    double y = b[k];
                    ca[k] = x;
                    cb[k] = y;
                    sum += Math.min(x, y);
                }
            } else {
                for (int k = depth + 1; k < n; k++) {
                    double x = a[k];
                    double y = b[k] + w[row + k];
                    ca[k] = x;
                    cb[k] = y;
                    sum += Math.min(x, y);
                }
            }
            if (energy + sum + tail[depth + 1] < best) {
                onB[depth] = side;
                search(depth + 1, energy);
            }
        }
    }
}
