package org.alliancesim.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliancesim.data.CapdistReader;
import org.alliancesim.data.CapitalDistances;
import org.alliancesim.data.CodeSites;
import org.alliancesim.data.Contiguity;
import org.alliancesim.data.ContiguityReader;
import org.alliancesim.data.CowCapitalsReader;
import org.alliancesim.data.CowStatesReader;
import org.alliancesim.data.DataFormatException;
import org.alliancesim.data.DemocracyReader;
import org.alliancesim.data.DisputeYear;
import org.alliancesim.data.DyadicTrade;
import org.alliancesim.data.HistoricalCapitals;
import org.alliancesim.data.IdealPointReader;
import org.alliancesim.data.IdealPoints;
import org.alliancesim.data.MajorPowerReader;
import org.alliancesim.data.MajorPowers;
import org.alliancesim.data.MidReader;
import org.alliancesim.data.NmcData;
import org.alliancesim.data.RegimeScores;
import org.alliancesim.data.Rivalry;
import org.alliancesim.data.RivalryReader;
import org.alliancesim.data.StateSystem;
import org.alliancesim.data.TradeReader;

/**
 * Every data set a historical world is built from, read once from a folder laid out like
 * {@code ../shared/data} (file names below). The UN ideal points are optional (intents then use no
 * UN signal); every other file is required. State codes in every file must be in
 * {@code cow-states.csv} (a rivalry that ended before 1816 may name a pre-1816 state such as
 * Venice); an unknown code is an error naming the file, the line and the column where it first
 * appears (for trade, among the years kept).
 *
 * @param folder where the files were read from
 * @param states COW state-system membership
 * @param capitals dated capitals
 * @param nmc COW National Material Capabilities
 * @param capdist Gleditsch and Ward capital distances (present-day capitals)
 * @param ideal UN ideal points, or null when the file is absent
 * @param rivalries Thompson and Dreyer strategic rivalries
 * @param disputes directed MID dispute-years
 * @param trade COW dyadic trade
 * @param regimes V-Dem and Polity scores
 * @param contiguity COW direct contiguity
 * @param majors COW major powers
 */
public record HistoricalData(Path folder, StateSystem states, HistoricalCapitals capitals, NmcData nmc,
                             CapitalDistances capdist, IdealPoints ideal, List<Rivalry> rivalries,
                             List<DisputeYear> disputes, DyadicTrade trade, RegimeScores regimes,
                             Contiguity contiguity, MajorPowers majors) {

    public static final String STATES = "cow-states.csv";
    public static final String CAPITALS = "cow-capitals.csv";
    public static final String NMC = "NMC-60-abridged.csv";
    public static final String CAPDIST = "capdist.csv";
    public static final String IDEAL = "IdealpointestimatesAll_Jun2024.csv";
    public static final String RIVALRIES = "rivalries-thompson-dreyer.csv";
    public static final String DISPUTES = "mid-directed-dispute-years.csv";
    public static final String TRADE = "cow-trade-dyadic.csv";
    public static final String DEMOCRACY = "democracy.csv";
    public static final String CONTIGUITY = "contiguity-direct.csv";
    public static final String MAJORS = "cow-major-powers.csv";

    /** All files, every year. */
    public static HistoricalData load(Path folder) throws IOException {
        return load(folder, TradeReader.FIRST_YEAR, Integer.MAX_VALUE);
    }

    /** All files; trade only for {@code tradeFrom..tradeTo} (the large file is scanned, not kept). */
    public static HistoricalData load(Path folder, int tradeFrom, int tradeTo) throws IOException {
        // the trade file is most of the bytes: it is read on a second thread while the others are
        // read here; its errors are still reported in the files' order (after the capitals')
        java.util.concurrent.FutureTask<DyadicTrade> tradeTask = started("alliance-sim-trade-reader",
                () -> TradeReader.read(folder.resolve(TRADE), tradeFrom, Math.min(tradeTo, 2100)));
        // capabilities, capital distances and ideal points (the next largest) each on a thread of its
        // own, their errors reported where they were when read last (capabilities first)
        java.util.concurrent.FutureTask<NmcData> nmcTask = started("alliance-sim-data-reader-2",
                () -> NmcData.read(folder.resolve(NMC)));
        java.util.concurrent.FutureTask<CapitalDistances> capdistTask = started("alliance-sim-data-reader-3",
                () -> CapdistReader.read(folder.resolve(CAPDIST)));
        Path idealFile = folder.resolve(IDEAL);
        java.util.concurrent.FutureTask<IdealPoints> idealTask = started("alliance-sim-data-reader-4",
                () -> Files.exists(idealFile) ? IdealPointReader.read(idealFile) : null);
        try {
            return load(folder, tradeTask, new Later(nmcTask, capdistTask, idealTask));
        } finally {
            tradeTask.cancel(true);
            nmcTask.cancel(true);
            capdistTask.cancel(true);
            idealTask.cancel(true);
        }
    }

    /** A task started on a daemon thread of its own. */
    private static <T> java.util.concurrent.FutureTask<T> started(String name, java.util.concurrent.Callable<T> c) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** The files read on threads of their own after the trade file, joined in this order. */
    private record Later(java.util.concurrent.Future<NmcData> nmc, java.util.concurrent.Future<CapitalDistances> capdist,
                         java.util.concurrent.Future<IdealPoints> ideal) {
    }

    private static HistoricalData load(Path folder, java.util.concurrent.Future<DyadicTrade> tradeTask,
                                       Later later) throws IOException {
        StateSystem states = CowStatesReader.read(folder.resolve(STATES));
        List<Rivalry> rivalries = RivalryReader.read(folder.resolve(RIVALRIES));
        for (Rivalry r : rivalries) {
            if (r.endYear() >= CowStatesReader.FIRST_YEAR) {
                checkKnown(states, r.ccode1(), folder.resolve(RIVALRIES), r.line(), "ccode1");
                checkKnown(states, r.ccode2(), folder.resolve(RIVALRIES), r.line(), "ccode2");
            }
        }
        List<DisputeYear> disputes = MidReader.read(folder.resolve(DISPUTES));
        for (DisputeYear d : disputes) {
            checkKnown(states, d.ccode1(), folder.resolve(DISPUTES), d.line(), "ccode1");
            checkKnown(states, d.ccode2(), folder.resolve(DISPUTES), d.line(), "ccode2");
        }
        HistoricalCapitals capitals = CowCapitalsReader.read(folder.resolve(CAPITALS));
        checkKnown(states, capitals.codes(), folder.resolve(CAPITALS));
        DyadicTrade trade = joined(tradeTask);
        checkKnown(states, trade.codes(), folder.resolve(TRADE));
        RegimeScores regimes = DemocracyReader.read(folder.resolve(DEMOCRACY));
        checkKnown(states, regimes.codes(), folder.resolve(DEMOCRACY));
        Contiguity contiguity = ContiguityReader.read(folder.resolve(CONTIGUITY));
        checkKnown(states, contiguity.codes(), folder.resolve(CONTIGUITY));
        MajorPowers majors = MajorPowerReader.read(folder.resolve(MAJORS));
        checkKnown(states, majors.codes(), folder.resolve(MAJORS));
        NmcData nmc = joined(later.nmc(), NMC);
        CapitalDistances capdist = joined(later.capdist(), CAPDIST);
        IdealPoints ideal = joined(later.ideal(), IDEAL);
        return new HistoricalData(folder, states, capitals, nmc, capdist, ideal, rivalries, disputes, trade,
                regimes, contiguity, majors);
    }

    private static DyadicTrade joined(java.util.concurrent.Future<DyadicTrade> task) throws IOException {
        return joined(task, TRADE);
    }

    private static <T> T joined(java.util.concurrent.Future<T> task, String file) throws IOException {
        return org.alliancesim.Tasks.joinIo(task, "reading " + file);
    }

    private static void checkKnown(StateSystem states, CodeSites codes, Path file) throws DataFormatException {
        for (Map.Entry<Integer, CodeSites.Site> e : codes.first().entrySet()) {
            checkKnown(states, e.getKey(), file, e.getValue().line(), e.getValue().column());
        }
    }

    private static void checkKnown(StateSystem states, int ccode, Path file, long line, String column)
            throws DataFormatException {
        if (!states.knows(ccode)) {
            throw new DataFormatException(file.toString(), line, column,
                    "unknown state code " + ccode + " (not in " + STATES + ")");
        }
    }

    /** First year a world can be built: the state system's first year. */
    public int firstYear() {
        return Math.max(states.firstYear(), nmc.years().first());
    }

    /** Last year a world can be built: the last year the state system, NMC and the MIDs all cover. */
    public int lastYear() {
        int midLast = disputes.stream().mapToInt(DisputeYear::year).max().orElse(Integer.MAX_VALUE);
        return Math.min(Math.min(states.lastYear(), nmc.years().last()), midLast);
    }
}
