package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.scenario.Parameters;

/**
 * Runs theories through a span of historical years: the worlds are read once, in year order,
 * then each theory's chain ({@link Chain}) runs as one task on a pool of threads. Chains share
 * nothing and are seeded by year alone, so the predictions do not depend on the thread count.
 */
public final class BacktestRunner {
    private BacktestRunner() {
    }

    /**
     * @param from first year
     * @param to last year
     * @param stepsPerYear settle steps run on each year's world
     * @param seed the seed every year's model derives from
     * @param params the parameters each year's scenario runs with, from the world's own
     * @param threads pool size
     */
    public record Settings(int from, int to, int stepsPerYear, long seed, UnaryOperator<Parameters> params,
                           int threads) {
        public Settings {
            if (from > to) {
                throw new IllegalArgumentException("the span " + from + "-" + to + " is empty");
            }
            if (stepsPerYear < 1) {
                throw new IllegalArgumentException("steps per year must be at least 1, got " + stepsPerYear);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
        }
    }

    /** The worlds of every year of the span, in order. */
    public static List<YearWorld> worlds(YearWorldSource source, int from, int to) {
        checkSpan(source, from, to);
        List<YearWorld> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(world(source, y));
        }
        return out;
    }

    /**
     * As {@link #worlds(YearWorldSource, int, int)}, the years built at the same time on up to
     * {@code threads} threads (each year's world depends on that year alone); when years fail, the
     * earliest one's failure is thrown.
     */
    public static List<YearWorld> worlds(YearWorldSource source, int from, int to, int threads) {
        checkSpan(source, from, to);
        if (threads <= 1 || from == to) {
            return worlds(source, from, to);
        }
        ExecutorService pool = org.alliancesim.experiment.DaemonPool.fixed(Math.min(threads, to - from + 1),
                "alliance-sim-worlds");
        try {
            List<Future<YearWorld>> built = new ArrayList<>();
            for (int y = from; y <= to; y++) {
                int year = y;
                built.add(pool.submit(() -> world(source, year)));
            }
            List<YearWorld> out = new ArrayList<>();
            for (Future<YearWorld> f : built) {
                out.add(org.alliancesim.Tasks.join(f, "building the worlds"));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One year's world, checked to be that year's. */
    static YearWorld world(YearWorldSource source, int year) {
        YearWorld w = source.world(year);
        if (w.year() != year) {
            throw new IllegalStateException("asked for the world of " + year + ", got " + w.year());
        }
        return w;
    }

    /** Refuses a span the source does not cover. */
    static void checkSpan(YearWorldSource source, int from, int to) {
        if (from < source.firstYear() || to > source.lastYear()) {
            throw new IllegalArgumentException("the span " + from + "-" + to + " lies outside the years the data covers, "
                    + source.firstYear() + "-" + source.lastYear());
        }
    }

    /** Each theory's predictions, in the order given. */
    public static Map<String, List<YearPrediction>> run(List<YearWorld> worlds, List<String> theories, Settings s)
            throws InterruptedException, ExecutionException {
        return run(worlds, theories, s, () -> { });
    }

    /** As above, calling {@code yearDone} (from any thread) after each theory's year. */
    public static Map<String, List<YearPrediction>> run(List<YearWorld> worlds, List<String> theories, Settings s,
                                                        Runnable yearDone)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = org.alliancesim.experiment.DaemonPool.fixed(Math.min(s.threads(), Math.max(1, theories.size())),
                "alliance-sim-backtest");
        try {
            List<Future<List<YearPrediction>>> futures = new ArrayList<>();
            for (String t : theories) {
                futures.add(pool.submit(() -> Chain.run(worlds, t, s.stepsPerYear(), s.seed(), s.params(), yearDone)));
            }
            Map<String, List<YearPrediction>> out = new LinkedHashMap<>();
            for (int k = 0; k < theories.size(); k++) {
                out.put(theories.get(k), futures.get(k).get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
