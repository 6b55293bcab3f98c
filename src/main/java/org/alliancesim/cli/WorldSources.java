package org.alliancesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancesim.history.YearWorldSource;

/** Where {@code backtest} and {@code calibrate} get each year's world from {@code --data}. */
final class WorldSources {
    /** Tests of the commands set this to run them on a synthetic source (null: the data). */
    static volatile java.util.function.Function<Path, YearWorldSource> forTests;

    private WorldSources() {
    }

    /** The worlds of {@code from..to} (trade is kept for the years they read only). */
    static YearWorldSource open(Path dataDir, int from, int to) throws Exception {
        if (forTests != null) {
            return forTests.apply(dataDir);
        }
        if (!Files.isDirectory(dataDir)) {
            throw new InputException("--data " + dataDir + ": no such folder (it should hold the data listed in its"
                    + " README, e.g. ../shared/data)");
        }
        try {
            return org.alliancesim.history.HistoricalWorlds.fromFolder(dataDir, from, to);
        } catch (java.io.IOException io) {
            throw new InputException("--data " + dataDir + ": " + io.getMessage());
        }
    }
}
