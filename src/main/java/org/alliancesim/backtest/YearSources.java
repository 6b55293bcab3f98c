package org.alliancesim.backtest;

import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;

/** Views of a {@link YearWorldSource}. */
public final class YearSources {
    private YearSources() {
    }

    /**
     * The source with every year after {@code lastAllowed} refused: what a fit on training years
     * receives, so that no code path of the fit can read a held-out year.
     */
    public static YearWorldSource upTo(YearWorldSource all, int lastAllowed) {
        return new YearWorldSource() {
            @Override
            public int firstYear() {
                return all.firstYear();
            }

            @Override
            public int lastYear() {
                return Math.min(lastAllowed, all.lastYear());
            }

            @Override
            public YearWorld world(int year) {
                if (year > lastAllowed) {
                    throw new IllegalStateException("year " + year + " is held out (only years up to " + lastAllowed
                            + " may be read here)");
                }
                return all.world(year);
            }
        };
    }
}
