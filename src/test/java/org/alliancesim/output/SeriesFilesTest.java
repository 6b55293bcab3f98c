package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.ReplicationRunner;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.experiment.SeriesRecorder;
import org.alliancesim.experiment.Seeds;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streamed series files hold exactly the rows of each replication run alone, in the fixed order
 * (theory by theory, replication by replication), whatever the thread count and however often each
 * replication's buffer is emptied (every row, every few rows, or once), and no spool file is left.
 */
class SeriesFilesTest {
    private static final int STEPS = 12;
    private static final List<String> THEORIES = List.of("balance-of-threat", "identity");
    private static final int REPS = 4;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(RecordMode.ALL, 1, 1), Arguments.of(RecordMode.ALL, 3, 1), Arguments.of(RecordMode.ALL, 3, 700),
                Arguments.of(RecordMode.ALL, 2, SeriesFiles.BUFFER), Arguments.of(RecordMode.FACTORS, 3, 500),
                Arguments.of(RecordMode.FACTORS, 1, 1), Arguments.of(RecordMode.TIES, 4, 300));
    }

    @ParameterizedTest(name = "{0}, {1} threads, buffer {2}")
    @MethodSource("cases")
    void filesHoldEveryRunsRowsInOrder(RecordMode mode, int threads, int buffer, @TempDir Path dir) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/iran-russia.yaml"));
        RunRequest req = new RunRequest(s, THEORIES, REPS, 7, STEPS, threads, mode);
        Path out = dir.resolve("out");
        try (OutputFolder folder = OutputFolder.create(out, false);
             SeriesFiles files = new SeriesFiles(folder, s, STEPS, THEORIES, REPS, mode == RecordMode.FACTORS, buffer)) {
            ReplicationRunner.run(req, null, files, r -> files.written(r.theory(), r.replication()), n -> { });
            files.finish();
            try (Stream<Path> left = Files.list(folder.file(".").normalize())) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".spool-"));
            }
            folder.commit();
        }
        StringBuilder series = new StringBuilder(SeriesText.HEADER + "\n");
        StringBuilder factors = new StringBuilder(SeriesText.FACTORS_HEADER + "\n");
        for (String theory : THEORIES) {
            for (int rep = 0; rep < REPS; rep++) {
                SeriesText alone = new SeriesText(s, STEPS);
                Replication.run(s, theory, rep, Seeds.replication(7, rep), STEPS,
                        List.of(new SeriesRecorder(theory, rep, mode, alone)));
                series.append(alone.rows());
                factors.append(alone.factorRows());
            }
        }
        assertThat(series.length()).isGreaterThan(10_000);
        assertThat(Files.readString(out.resolve("series.csv"), StandardCharsets.UTF_8)).isEqualTo(series.toString());
        if (mode == RecordMode.FACTORS) {
            assertThat(factors.length()).isGreaterThan(10_000);
            assertThat(Files.readString(out.resolve("factors.csv"), StandardCharsets.UTF_8)).isEqualTo(factors.toString());
        } else {
            assertThat(out.resolve("factors.csv")).doesNotExist();
        }
    }
}
