package org.alliancesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancesim.history.YearWorldSource;

/** Where {@code backtest} and {@code calibrate} get each year's world from {@code --data}. */
final class WorldSources {
    static final String HISTORICAL = "org.alliancesim.history.HistoricalWorlds";

    /** Tests of the commands set this to run them on a synthetic source (null: the data). */
    static volatile java.util.function.Function<Path, YearWorldSource> forTests;

    private WorldSources() {
    }

    static YearWorldSource open(Path dataDir) throws Exception {
        if (forTests != null) {
            return forTests.apply(dataDir);
        }
        if (!Files.isDirectory(dataDir)) {
            throw new InputException("--data " + dataDir + ": no such folder (it should hold the data listed in its"
                    + " README, e.g. ../shared/data)");
        }
        // LEAD: once the data branch is merged, replace the reflective lookup below by this one line:
        // return org.alliancesim.history.HistoricalWorlds.fromFolder(dataDir);
        Class<?> c;
        try {
            c = Class.forName(HISTORICAL);
        } catch (ClassNotFoundException e) {
            throw new InputException("this build cannot build historical worlds yet (" + HISTORICAL
                    + " from the data branch is missing)");
        }
        try {
            return (YearWorldSource) c.getMethod("fromFolder", Path.class).invoke(null, dataDir);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof java.io.IOException io) {
                throw new InputException("--data " + dataDir + ": " + io.getMessage());
            }
            throw t instanceof Exception x ? x : e;
        }
    }
}
