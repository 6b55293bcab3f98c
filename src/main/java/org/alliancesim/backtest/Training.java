package org.alliancesim.backtest;

import java.util.List;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;

/**
 * What a fit reads: the worlds of the training years and their dyad-years with what ATOP observed.
 * Built by one method, {@link #of}, on the client as on a cluster worker, from views that refuse
 * every year after the last training year ({@link YearSources#upTo}, {@link AllianceTable#upTo}).
 *
 * @param worlds the world of each training year, in order
 * @param frame every training dyad-year with ATOP's obligations
 */
public record Training(List<YearWorld> worlds, DyadFrame frame) {
    public Training {
        worlds = List.copyOf(worlds);
    }

    /**
     * The training years {@code from..trainTo} of {@code source} and {@code table}, read through
     * views that refuse every later year (whatever the caller passes).
     */
    public static Training of(YearWorldSource source, AllianceTable table, int from, int trainTo) {
        return of(source, table, from, trainTo, 1);
    }

    /** As above, the worlds built on up to {@code threads} threads. */
    public static Training of(YearWorldSource source, AllianceTable table, int from, int trainTo, int threads) {
        AllianceTable t = table.upTo(trainTo);
        Backtest.checkCoverage(t, from, trainTo);
        List<YearWorld> worlds = BacktestRunner.worlds(YearSources.upTo(source, trainTo), from, trainTo, threads);
        return new Training(worlds, new DyadFrame(worlds, t));
    }

    /** States summed over the training years (a task's size: chains x this x steps per year). */
    public long stateYears() {
        long n = 0;
        for (YearWorld w : worlds) {
            n += w.ccodes().length;
        }
        return n;
    }
}
