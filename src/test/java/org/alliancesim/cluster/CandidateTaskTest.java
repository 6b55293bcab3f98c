package org.alliancesim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alliancesim.BuildId;
import org.alliancesim.backtest.Calibration;
import org.alliancesim.backtest.CandidateObjective;
import org.alliancesim.backtest.ParameterPaths;
import org.alliancesim.backtest.SyntheticWorlds;
import org.alliancesim.backtest.Training;
import org.alliancesim.backtest.TrainingDigest;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.alliancesim.history.YearWorld;
import org.alliancesim.history.YearWorldSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker evaluates a calibration candidate only for the client's build, token and training data,
 * reads no held-out year doing so, and gets the number a local fit gets.
 */
class CandidateTaskTest {
    static final int TRAIN_TO = 1906;
    static final byte[] SECRET = "a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8);
    final List<String> reads = Collections.synchronizedList(new ArrayList<>());

    static Calibration.Spec spec() {
        return new Calibration.Spec("balance-of-threat", List.of(ParameterPaths.of("balanceOfThreat.threatHalf"),
                ParameterPaths.of("ties.alignment")), 1900, TRAIN_TO, 4, p -> p, 10, 2, 3, 2);
    }

    static AllianceTable table() throws IOException {
        return AtopReader.read(SyntheticWorlds.fixture("atop-dyads-1899-1911.csv"), null);
    }

    /** The synthetic world and the ATOP fixture, every held-out read an AssertionError (the task catches no Error). */
    CandidateTask.Opened guarded() throws IOException {
        SyntheticWorlds worlds = new SyntheticWorlds();
        AllianceTable t = table();
        YearWorldSource source = new YearWorldSource() {
            @Override
            public int firstYear() {
                return worlds.firstYear();
            }

            @Override
            public int lastYear() {
                return worlds.lastYear();
            }

            @Override
            public YearWorld world(int year) {
                if (year > TRAIN_TO) {
                    throw new AssertionError("the worker read held-out year " + year);
                }
                reads.add("world " + year);
                return worlds.world(year);
            }
        };
        AllianceTable table = org.alliancesim.backtest.atop.TableViews.reading(t, (inner, year, a, b) -> {
            if (year > TRAIN_TO) {
                throw new AssertionError("the worker read held-out ATOP year " + year);
            }
            reads.add("atop " + year);
            return inner.obligations(year, a, b);
        });
        return new CandidateTask.Opened(source, table);
    }

    static String clientDigest() throws IOException {
        return TrainingDigest.of(Training.of(new SyntheticWorlds(), table(), 1900, TRAIN_TO));
    }

    static CalibrationPayload payload(byte[] secret) throws IOException {
        return CalibrationPayload.of(spec(), Path.of("no-such-data"), Path.of("no-such-atop.csv"), null, null,
                clientDigest(), secret);
    }

    @BeforeEach
    void guardedData() {
        CandidateTask.forget();
        CandidateTask.secret(null);
        CandidateTask.opener = p -> guarded();
    }

    @AfterEach
    void restore() {
        CandidateTask.forget();
        CandidateTask.secret(null);
        CandidateTask.opener = CandidateTask::open;
    }

    @Test
    void aCandidateGetsTheObjectiveOfTheLocalFitAndReadsNoHeldOutYear() throws Exception {
        Calibration.Fit fit = Calibration.fit(new SyntheticWorlds(), table(), spec());
        CalibrationPayload p = payload(null);
        for (Calibration.Evaluation e : fit.history().subList(0, 3)) {
            double[] values = e.values().values().stream().mapToDouble(Double::doubleValue).toArray();
            CandidateOutcome o = new CandidateTask(p, 4, values).call();
            assertThat(o.refusal()).isNull();
            assertThat(o.failure()).isNull();
            assertThat(o.index()).isEqualTo(4);
            assertThat(o.objective()).as("evaluation " + e.number()).isEqualTo(e.objective());
        }
        assertThat(reads).isNotEmpty().allMatch(r -> Integer.parseInt(r.substring(r.indexOf(' ') + 1)) <= TRAIN_TO);
        // the payload names no year after the last training year
        for (var c : CalibrationPayload.class.getRecordComponents()) {
            if (c.getType() == int.class) {
                assertThat((int) c.getAccessor().invoke(p)).as(c.getName()).isLessThanOrEqualTo(TRAIN_TO);
            }
        }
    }

    @Test
    void aWorkerWithASecretRefusesTasksWithoutItsToken() throws Exception {
        CandidateTask.secret(SECRET);
        double[] v = {0.05, 0.2};
        assertThat(new CandidateTask(payload(null), 0, v).call().refusal()).contains("no valid token");
        CalibrationPayload forged = payload("another secret, sixteen+".getBytes(StandardCharsets.UTF_8));
        assertThat(new CandidateTask(forged, 0, v).call().refusal()).contains("no valid token");
        // a token made for another calibration (another seed) is no good for this one
        CalibrationPayload mine = payload(SECRET);
        CalibrationPayload otherSeed = new CalibrationPayload(mine.build(), mine.theory(), mine.paths(), mine.from(),
                mine.trainTo(), mine.stepsPerYear(), mine.seed() + 1, mine.replications(), mine.dataDir(), mine.alliances(),
                mine.paramsText(), mine.paramsName(), mine.trainingDigest(), mine.token());
        assertThat(new CandidateTask(otherSeed, 0, v).call().refusal()).contains("no valid token");
        assertThat(reads).as("nothing is read for a refused task").isEmpty();
        CandidateOutcome ok = new CandidateTask(mine, 0, v).call();
        assertThat(ok.refusal()).isNull();
        assertThat(ok.failure()).isNull();
    }

    @Test
    void anotherBuildIsRefused() throws Exception {
        CalibrationPayload p = payload(null);
        CalibrationPayload old = new CalibrationPayload("0.0.9+000000000000", p.theory(), p.paths(), p.from(), p.trainTo(),
                p.stepsPerYear(), p.seed(), p.replications(), p.dataDir(), p.alliances(), p.paramsText(), p.paramsName(),
                p.trainingDigest(), p.token());
        assertThat(new CandidateTask(old, 0, new double[] {0.05, 0.2}).call().refusal())
                .contains("build " + BuildId.get()).contains("0.0.9+000000000000").contains("same build");
    }

    @Test
    void otherOrMissingDataAreRefused() throws Exception {
        CalibrationPayload p = payload(null);
        CalibrationPayload other = new CalibrationPayload(p.build(), p.theory(), p.paths(), p.from(), p.trainTo(),
                p.stepsPerYear(), p.seed(), p.replications(), p.dataDir(), p.alliances(), p.paramsText(), p.paramsName(),
                "0".repeat(64), p.token());
        assertThat(new CandidateTask(other, 0, new double[] {0.05, 0.2}).call().refusal())
                .contains("differ from the client's").contains("same data");
        CandidateTask.forget();
        CandidateTask.opener = CandidateTask::open;
        assertThat(new CandidateTask(p, 0, new double[] {0.05, 0.2}).call().refusal())
                .contains("cannot read the calibration's data").contains("no folder").contains("no-such-data")
                .contains("same files on every worker");
    }

    @Test
    void tasksBeyondTheLimitsFailBeforeAnythingIsRead() throws Exception {
        CalibrationPayload p = payload(null);
        assertThat(new CandidateTask(p, 0, new double[] {0.05}).call().failure()).contains("1 values for 2 parameters");
        CalibrationPayload huge = new CalibrationPayload(p.build(), p.theory(), p.paths(), p.from(), p.trainTo(),
                p.stepsPerYear(), p.seed(), 5_000, p.dataDir(), p.alliances(), p.paramsText(), p.paramsName(),
                p.trainingDigest(), p.token());
        assertThat(new CandidateTask(huge, 0, new double[] {0.05, 0.2}).call().failure()).contains("1 to 1000 chains");
        assertThat(reads).isEmpty();
    }

    @Test
    void theFilterAdmitsTheCalibrationTasks() throws Exception {
        CandidateTask task = new CandidateTask(payload(SECRET), 3, new double[] {0.05, 0.2});
        Object back = filtered(task);
        assertThat(back).isInstanceOf(CandidateTask.class);
        assertThat(filtered(CandidateOutcome.done(2, -0.25))).isEqualTo(CandidateOutcome.done(2, -0.25));
        // and the task that came through still runs (under the same secret)
        CandidateTask.secret(SECRET);
        assertThat(((CandidateTask) back).call().objective()).isEqualTo(task.call().objective());
    }

    private static Object filtered(Object o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
            in.setObjectInputFilter(new TaskFilter());
            return in.readObject();
        }
    }

    @Test
    void theLocalObjectiveIsTheTasksCode() throws Exception {
        // the same CandidateObjective, run on a local pool, gives the task's number
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var objective = new CandidateObjective("balance-of-threat", 4, 3, 2, q -> q,
                    Training.of(new SyntheticWorlds(), table(), 1900, TRAIN_TO));
            double local = objective.objective(Map.of("balanceOfThreat.threatHalf", 0.3, "ties.alignment", 0.1), pool);
            assertThat(new CandidateTask(payload(null), 0, new double[] {0.3, 0.1}).call().objective()).isEqualTo(local);
        } finally {
            pool.shutdownNow();
        }
    }
}
