package org.alliancesim.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import org.alliancesim.BuildId;
import org.alliancesim.backtest.CandidateObjective;
import org.alliancesim.backtest.ParamsFile;
import org.alliancesim.backtest.Training;
import org.alliancesim.backtest.TrainingDigest;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.alliancesim.experiment.DaemonPool;
import org.alliancesim.history.HistoricalWorlds;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.ScenarioException;

/**
 * One candidate of a calibration ({@code calibrate --cluster}), evaluated on a worker: refuses it
 * unless the task carries the token the worker's secret makes for this calibration, the worker's
 * {@link BuildId} equals the client's, the worker has the data at the paths the client gave, and
 * the training years it builds from them have the client's digest; then computes the candidate's
 * objective with the same code as a local fit ({@link CandidateObjective}), its chains on the
 * worker's threads.
 *
 * <p>The worker reads training years only: it opens the data and the ATOP file and hands them to
 * {@link Training#of}, which reads them through views that refuse every year after the payload's
 * last training year; the task names no later year.
 */
public final class CandidateTask implements Callable<CandidateOutcome>, Serializable {
    private static final long serialVersionUID = 1L;
    /** The most parameters one calibration fits (the project's theories have at most a dozen). */
    static final int MAX_PARAMETERS = 64;
    /** The most seeded chains per candidate. */
    static final int MAX_REPLICATIONS = 1000;
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final Object LOADING = new Object();
    private static volatile ExecutorService pool;
    private static int threads = Runtime.getRuntime().availableProcessors();
    private static volatile byte[] secret;
    /** Opens the data a payload names (tests swap it for guarded sources). */
    static volatile Opener opener = CandidateTask::open;

    private final CalibrationPayload calibration;
    private final int index;
    private final double[] values;

    /** The whole data a payload names; {@link Training#of} restricts it to the training years. */
    record Opened(YearWorldSource source, AllianceTable table) {
    }

    @FunctionalInterface
    interface Opener {
        Opened open(CalibrationPayload p) throws IOException;
    }

    /** A calibration's training years loaded on this worker, or why they cannot be. */
    private record Loaded(CandidateObjective objective, String refusal) {
    }

    /**
     * @param index the candidate's place in its generation's batch
     * @param values the candidate's value of each of the payload's parameters, in order
     */
    public CandidateTask(CalibrationPayload calibration, int index, double[] values) {
        this.calibration = calibration;
        this.index = index;
        this.values = values.clone();
    }

    /** Forgets every calibration loaded in this JVM (tests). */
    static void forget() {
        LOADED.clear();
    }

    /** The shared secret whose token every task must carry (null: tasks need no token). */
    static void secret(byte[] s) {
        secret = s == null ? null : s.clone();
    }

    /** Threads that run chains in this JVM (set before the first task). */
    static void threads(int k) {
        threads = k;
    }

    @Override
    public CandidateOutcome call() {
        CalibrationPayload p = calibration;
        byte[] key = secret;
        if (key != null && !SweepToken.valid(key, p.build(), p.fingerprint(), p.token())) {
            return CandidateOutcome.refused(index, "the task carries no valid token for this worker's secret; give"
                    + " calibrate the workers' --secret-file");
        }
        String mine = BuildId.get();
        if (!mine.equals(p.build())) {
            return CandidateOutcome.refused(index, "this member runs alliance-sim build " + mine + " but the calibration"
                    + " was submitted by build " + p.build() + "; start every worker from the same build as the client");
        }
        String bad = checkSize(p);
        if (bad != null) {
            return CandidateOutcome.failed(index, bad);
        }
        try {
            Loaded loaded = load(p);
            if (loaded.refusal() != null) {
                return CandidateOutcome.refused(index, loaded.refusal());
            }
            long work = (long) p.replications() * loaded.objective().training().stateYears() * p.stepsPerYear();
            if (work > ChunkTask.MAX_TASK_WORK) {
                return CandidateOutcome.failed(index, "a candidate asks for " + p.replications() + " chains x "
                        + loaded.objective().training().stateYears() + " state-years x " + p.stepsPerYear()
                        + " steps; a worker takes at most " + ChunkTask.MAX_TASK_WORK
                        + " (lower --replications or --steps-per-year)");
            }
            Map<String, Double> candidate = new LinkedHashMap<>();
            for (int k = 0; k < values.length; k++) {
                candidate.put(p.paths()[k], values[k]);
            }
            return CandidateOutcome.done(index, loaded.objective().objective(candidate, pool()));
        } catch (java.util.concurrent.ExecutionException e) {
            return CandidateOutcome.failed(index, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CandidateOutcome.failed(index, "interrupted");
        } catch (ScenarioException e) {
            return CandidateOutcome.failed(index, e.problems().toString());
        } catch (Exception | StackOverflowError e) {
            return CandidateOutcome.failed(index, e.toString());
        }
    }

    /** The task limits, checked before anything is read (null: within them). */
    private String checkSize(CalibrationPayload p) {
        if (p.paths() == null || values == null || p.paths().length != values.length || values.length == 0
                || values.length > MAX_PARAMETERS) {
            return "a candidate gives " + (values == null ? 0 : values.length) + " values for "
                    + (p.paths() == null ? 0 : p.paths().length) + " parameters (1 to " + MAX_PARAMETERS + ", one each)";
        }
        if (p.replications() < 1 || p.replications() > MAX_REPLICATIONS || p.stepsPerYear() < 1
                || p.from() > p.trainTo() || p.trainTo() - p.from() > 10_000) {
            return "the calibration asks for " + p.replications() + " chains of " + p.stepsPerYear() + " steps a year over "
                    + p.from() + "-" + p.trainTo() + "; a worker takes 1 to " + MAX_REPLICATIONS + " chains, at least one step"
                    + " and a non-empty span";
        }
        long work = (long) p.replications() * (p.trainTo() - p.from() + 1) * p.stepsPerYear();
        if (work > ChunkTask.MAX_TASK_WORK) {
            return "a candidate asks for " + work + " chain-year-steps; a worker takes at most " + ChunkTask.MAX_TASK_WORK;
        }
        return null;
    }

    /** The calibration's training years and objective (loaded once per calibration, by its fingerprint). */
    private static Loaded load(CalibrationPayload p) throws Exception {
        String key = p.fingerprint();
        Loaded l = LOADED.get(key);
        if (l != null) {
            return l;
        }
        synchronized (LOADING) {
            l = LOADED.get(key);
            if (l != null) {
                return l;
            }
            l = loadNow(p);
            if (LOADED.size() > 2) {
                LOADED.clear();
            }
            LOADED.put(key, l);
            return l;
        }
    }

    private static Loaded loadNow(CalibrationPayload p) throws Exception {
        Opened o;
        try {
            o = opener.open(p);
        } catch (IOException e) {
            return new Loaded(null, "this member cannot read the calibration's data (" + e.getMessage() + "); --data and"
                    + " --alliances must name the same files on every worker (docs/cluster.md)");
        }
        Training t;
        try {
            t = Training.of(o.source(), o.table(), p.from(), p.trainTo());
        } catch (IllegalArgumentException e) {
            return new Loaded(null, "this member's data do not cover the training years (" + e.getMessage() + ")");
        }
        String digest = TrainingDigest.of(t);
        if (!digest.equals(p.trainingDigest())) {
            return new Loaded(null, "the training years " + p.from() + "-" + p.trainTo() + " this member builds from "
                    + p.dataDir() + " and " + p.alliances() + " differ from the client's (digest " + digest.substring(0, 12)
                    + ", the client's " + String.valueOf(p.trainingDigest()).substring(0, Math.min(12,
                    String.valueOf(p.trainingDigest()).length())) + "): give every worker the same data");
        }
        UnaryOperator<Parameters> base = UnaryOperator.identity();
        if (p.paramsText() != null) {
            ParamsFile f = ParamsFile.parse(p.paramsText(), String.valueOf(p.paramsName()));
            base = f::applyChecked;
        }
        return new Loaded(new CandidateObjective(p.theory(), p.stepsPerYear(), p.seed(), p.replications(), base, t), null);
    }

    /** The data at the payload's paths, as {@code calibrate} opens them on the client. */
    static Opened open(CalibrationPayload p) throws IOException {
        Path data = Path.of(p.dataDir());
        Path alliances = Path.of(p.alliances());
        if (!Files.isDirectory(data)) {
            throw new IOException("no folder " + data + " on this member");
        }
        if (!Files.isReadable(alliances)) {
            throw new IOException("no readable file " + alliances + " on this member");
        }
        Path states = data.resolve("cow-states.csv");
        var codes = Files.isReadable(states) ? AtopReader.cowCodes(states) : null;
        AllianceTable table = AtopReader.read(alliances, codes == null ? null : codes::contains);
        return new Opened(HistoricalWorlds.fromFolder(data), table);
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (CandidateTask.class) {
                if (pool == null) {
                    pool = DaemonPool.fixed(threads, "alliance-sim-calibration");
                }
                p = pool;
            }
        }
        return p;
    }
}
