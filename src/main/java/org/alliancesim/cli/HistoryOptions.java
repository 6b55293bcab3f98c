package org.alliancesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.alliancesim.backtest.Backtest;
import org.alliancesim.backtest.ParamsFile;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.alliancesim.data.DataFormatException;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.ScenarioException;
import picocli.CommandLine.Option;

/**
 * The options {@code backtest} and {@code calibrate} share: the span, the data, the seeds, the settle
 * steps, the bootstrap and the output folder.
 */
final class HistoryOptions {
    @Option(names = "--from", required = true, paramLabel = "YEAR", description = "First year.")
    int from;

    @Option(names = "--to", required = true, paramLabel = "YEAR", description = "Last year.")
    int to;

    @Option(names = "--alliances", required = true, paramLabel = "FILE",
            description = "ATOP file: dyad-years (ccode1, ccode2, year, atop_defense, ..., atop_consul) or member records.")
    Path alliances;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder of the data the worlds are built from (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--params", paramLabel = "FILE",
            description = "YAML file with a 'parameters:' block applied over each year's scenario (e.g. from calibrate).")
    Path params;

    @Option(names = "--steps-per-year", paramLabel = "T", defaultValue = "8",
            description = "Settle steps run on each year's world (default: ${DEFAULT-VALUE}; with the default tie"
                    + " adjustment of 0.25 a commitment closes 90%% of its gap in 8 steps).")
    int stepsPerYear;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200",
            description = "Bootstrap replicates (years resampled) for the 95%% intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--force", description = "Replace an existing non-empty --out.")
    boolean force;

    void check() throws InputException {
        if (from > to) {
            throw new InputException("--from " + from + " is after --to " + to);
        }
        if (stepsPerYear < 1) {
            throw new InputException("--steps-per-year must be at least 1, got " + stepsPerYear);
        }
        atLeastOne("--bootstrap", bootstrap);
    }

    /** Refuses a last training year outside the span (null: none given). */
    void checkTrainTo(Integer trainTo) throws InputException {
        if (trainTo != null && (trainTo < from || trainTo > to)) {
            throw new InputException("--train-to " + trainTo + " lies outside --from " + from + " --to " + to);
        }
    }

    /** The params file's values over each year's parameters, or the identity. */
    UnaryOperator<Parameters> parameters() throws ScenarioException {
        if (params == null) {
            return UnaryOperator.identity();
        }
        ParamsFile f = ParamsFile.load(params);
        return f::applyChecked;
    }

    /** The ATOP table, with state codes checked against {@code cow-states.csv} in --data when it is there. */
    AllianceTable table() throws InputException, IOException {
        try {
            Path states = data.resolve("cow-states.csv");
            var codes = Files.isReadable(states) ? AtopReader.cowCodes(states) : null;
            AllianceTable t = AtopReader.read(alliances, codes == null ? null : codes::contains);
            Backtest.checkCoverage(t, from, to);
            return t;
        } catch (DataFormatException e) {
            throw new InputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * The ATOP table ({@link #table}) and the worlds of {@code --data} ({@link #source}), read at
     * the same time (the worlds on a second thread); a problem with the table is reported first
     * and at once, as when they are read one after the other.
     */
    record Opened(AllianceTable table, org.alliancesim.history.YearWorldSource source) {
    }

    Opened open() throws Exception {
        java.util.concurrent.FutureTask<org.alliancesim.history.YearWorldSource> worlds =
                new java.util.concurrent.FutureTask<>(this::source);
        Thread t = new Thread(worlds, "alliance-sim-data-reader");
        t.setDaemon(true);
        t.start();
        AllianceTable table;
        try {
            table = table();
        } catch (Exception e) {
            worlds.cancel(true);
            throw e;
        }
        try {
            return new Opened(table, worlds.get());
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
    }

    /** The worlds of {@code --data}, refusing a span they do not cover. */
    org.alliancesim.history.YearWorldSource source() throws Exception {
        org.alliancesim.history.YearWorldSource source = WorldSources.open(data, from, to);
        if (from < source.firstYear() || to > source.lastYear()) {
            throw new InputException("--data " + data + " builds worlds for " + source.firstYear() + "-"
                    + source.lastYear() + " only; --from " + from + " --to " + to + " lies outside");
        }
        return source;
    }

    /** Refuses a count below one, naming the option. */
    static void atLeastOne(String option, int value) throws InputException {
        if (value < 1) {
            throw new InputException(option + " must be at least 1, got " + value);
        }
    }
}
