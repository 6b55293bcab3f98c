package org.alliancesim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.alliancesim.landscape.BranchAndBound;
import org.alliancesim.landscape.Landscape;

/**
 * The largest landscape whose global minimum the branch and bound proves within a time budget:
 * random landscapes (sizes uniform in [0, 1), propensities uniform in [-1, 1), as in
 * {@code BENCHMARKS.md}) of N = 20, 25, 30, ... actors, each solved once on this thread, until one
 * is not proven within the budget in CPU time (a node budget set from the previous search's rate,
 * so that no search runs much beyond the budget).
 */
public final class LandscapeReach {
    /** Nodes the first searches may visit; later ones get what the last search's rate allows within the budget. */
    static final long FIRST_NODE_BUDGET = 200_000_000L;

    /**
     * One size's search.
     *
     * @param n actors
     * @param cpuSeconds CPU time of the search (this thread)
     * @param nodes nodes visited
     * @param proven whether the minimum was proven within the node budget
     */
    public record Step(int n, double cpuSeconds, long nodes, boolean proven) {
    }

    /**
     * The sizes tried, in order, the last being the first beyond the budget (or the largest size
     * allowed).
     *
     * @param largestProven the largest N proven within the budget (0 if none)
     */
    public record Result(int largestProven, double budgetSeconds, List<Step> steps) {
    }

    private LandscapeReach() {
    }

    /** Sizes from {@code first} in steps of {@code by}, up to {@code last}, each within {@code budgetSeconds} of CPU. */
    public static Result measure(int first, int by, int last, double budgetSeconds, long seed) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Step> steps = new ArrayList<>();
        int largest = 0;
        long budget = FIRST_NODE_BUDGET;
        for (int n = first; n <= last; n += by) {
            Landscape l = random(n, seed);
            long c0 = cpu.getCurrentThreadCpuTime();
            BranchAndBound.Outcome o = new BranchAndBound(budget).solve(l);
            double s = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            if (s > 0.1) {
                // a node costs more as N grows: a search of the next N stops at about the time budget
                budget = Math.max(1, (long) (o.nodes() / s * budgetSeconds));
            }
            steps.add(new Step(n, s, o.nodes(), o.proven()));
            if (!o.proven() || s > budgetSeconds) {
                break;
            }
            largest = n;
        }
        return new Result(largest, budgetSeconds, steps);
    }

    /** A random landscape of {@code n} actors, the same for the same seed. */
    public static Landscape random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        double[] sizes = new double[n];
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            names.add("actor" + i);
            sizes[i] = r.nextDouble();
            for (int j = 0; j < i; j++) {
                p[i][j] = p[j][i] = r.nextDouble(-1, 1);
            }
        }
        return new Landscape(names, sizes, p);
    }
}
