package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;

/**
 * Theories run through a span of years with the worlds built on the same pool as the runs, at most
 * {@code ahead} worlds held at a time. A world is built as soon as it fits in the window; each
 * theory runs year y as soon as it has run year y-1 and world y is built (last year's ties make a
 * theory's years sequential; theories are independent of one another); {@code perWorld} sees each
 * world once; a world is dropped when every theory and {@code perWorld} are done with it. So the
 * data reading and world building of later years overlap the runs of earlier ones, and memory holds
 * a few worlds, not the span's.
 *
 * <p>Every task is a function of its inputs alone (chains are seeded by year), so the predictions
 * do not depend on the thread count or on the order the pool runs tasks in. When something fails,
 * no task of a later year is started, every task of that year or earlier still runs, and the
 * failure of the earliest year is reported (a world's before a theory's, theories in the order
 * given), so the error does not depend on the schedule either.
 */
final class YearPipeline {
    private final YearWorldSource source;
    private final int from;
    private final int years;
    private final List<String> theories;
    private final BacktestRunner.Settings settings;
    private final int ahead;
    private final Consumer<YearWorld> perWorld;
    private final Runnable yearDone;
    private final Executor pool;

    private final YearWorld[] built;
    private final Chain.Carry[] chains;
    /** Years each theory has run. */
    private final int[] ran;
    private final boolean[] running;
    /** Theories and perWorld still to use each world. */
    private final int[] users;
    private int nextBuild;
    private int held;
    private int mostHeld;
    private int pending;
    /** Earliest year that failed, and its failure. */
    private int failedYear = Integer.MAX_VALUE;
    private int failedRank = Integer.MAX_VALUE;
    private Throwable failure;

    /**
     * @param settings the span, settle steps, seed and parameters
     * @param ahead the most worlds held at a time, at least 1
     * @param perWorld told of each world once (on any thread), before it is dropped
     * @param yearDone called (on any thread) after each theory's year
     */
    private YearPipeline(YearWorldSource source, List<String> theories, BacktestRunner.Settings settings, int ahead,
                         Consumer<YearWorld> perWorld, Runnable yearDone, Executor pool) {
        if (ahead < 1) {
            throw new IllegalArgumentException("at least one world must be held, got " + ahead);
        }
        this.source = source;
        this.from = settings.from();
        this.years = settings.to() - settings.from() + 1;
        this.theories = List.copyOf(theories);
        this.settings = settings;
        this.ahead = ahead;
        this.perWorld = perWorld;
        this.yearDone = yearDone;
        this.pool = pool;
        built = new YearWorld[years];
        chains = new Chain.Carry[theories.size()];
        for (int t = 0; t < chains.length; t++) {
            chains[t] = new Chain.Carry(theories.get(t), settings.stepsPerYear(), settings.seed(), settings.params());
        }
        ran = new int[chains.length];
        running = new boolean[chains.length];
        users = new int[years];
    }

    /**
     * @param runs each theory's predictions, in the order given
     * @param mostWorldsHeld the most worlds held at one time
     */
    record Output(Map<String, List<YearPrediction>> runs, int mostWorldsHeld) {
    }

    /**
     * Runs every theory through the span on {@code pool}.
     *
     * @throws ExecutionException wrapping a theory's failure
     * @throws RuntimeException a world's failure, as the source threw it (an {@link Error}, such as
     *     running out of memory, is thrown as it was wherever it happened)
     */
    static Output run(YearWorldSource source, List<String> theories, BacktestRunner.Settings settings, int ahead,
                      Consumer<YearWorld> perWorld, Runnable yearDone, Executor pool)
            throws InterruptedException, ExecutionException {
        BacktestRunner.checkSpan(source, settings.from(), settings.to());
        return new YearPipeline(source, theories, settings, ahead, perWorld, yearDone, pool).run();
    }

    private Output run() throws InterruptedException, ExecutionException {
        synchronized (this) {
            startBuilds();
            while (pending > 0) {
                wait();
            }
            if (failure != null) {
                if (failure instanceof Error e) {
                    throw e;
                }
                if (failedRank == 0) {
                    throw (RuntimeException) failure; // a world's: builds and perWorld throw nothing checked
                }
                throw new ExecutionException(failure);
            }
            Map<String, List<YearPrediction>> out = new LinkedHashMap<>();
            for (int t = 0; t < chains.length; t++) {
                out.put(theories.get(t), new ArrayList<>(chains[t].predictions()));
            }
            return new Output(out, mostHeld);
        }
    }

    /** Starts the builds the window allows (call holding the lock). */
    private void startBuilds() {
        while (nextBuild < years && held < ahead && from + nextBuild <= failedYear) {
            int y = nextBuild++;
            held++;
            mostHeld = Math.max(mostHeld, held);
            submit(() -> build(y));
        }
    }

    private void submit(Runnable task) {
        pending++;
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                synchronized (this) {
                    if (--pending == 0) {
                        notifyAll(); // only the caller waits, and only for the last task
                    }
                }
            }
        });
    }

    private void build(int y) {
        YearWorld w;
        try {
            w = BacktestRunner.world(source, from + y);
        } catch (RuntimeException | Error e) {
            failed(y, 0, e);
            return;
        }
        synchronized (this) {
            built[y] = w;
            users[y] = chains.length + 1;
            submit(() -> see(y));
            for (int t = 0; t < chains.length; t++) {
                startYear(t);
            }
        }
    }

    private void see(int y) {
        try {
            perWorld.accept(built(y));
        } catch (RuntimeException | Error e) {
            failed(y, 0, e);
            return;
        }
        synchronized (this) {
            release(y);
        }
    }

    private synchronized YearWorld built(int y) {
        return built[y];
    }

    /** Starts theory t's next year if it is free and the world is there (call holding the lock). */
    private void startYear(int t) {
        int y = ran[t];
        if (running[t] || y >= years || built[y] == null || from + y > failedYear) {
            return;
        }
        running[t] = true;
        YearWorld w = built[y];
        submit(() -> step(t, y, w));
    }

    private void step(int t, int y, YearWorld w) {
        try {
            chains[t].year(w);
        } catch (RuntimeException | Error e) {
            failed(y, 1 + t, e);
            return;
        }
        yearDone.run();
        synchronized (this) {
            running[t] = false;
            ran[t]++;
            release(y);
            startYear(t);
        }
    }

    /** One user is done with world y (call holding the lock). */
    private void release(int y) {
        if (--users[y] == 0) {
            built[y] = null;
            held--;
            startBuilds();
        }
    }

    private synchronized void failed(int y, int rank, Throwable e) {
        int year = from + y;
        if (year < failedYear || (year == failedYear && rank < failedRank)) {
            failedYear = year;
            failedRank = rank;
            failure = e;
        }
    }
}
