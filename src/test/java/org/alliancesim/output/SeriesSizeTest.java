package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.SeriesRecorder;
import org.alliancesim.experiment.Seeds;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The size estimate {@code run} checks before it starts errs high but not by much: at least the
 * bytes the series files take, at most 1.3 times them for {@code all} and {@code focal}, and zero
 * for {@code none}.
 */
class SeriesSizeTest {

    @ParameterizedTest
    @EnumSource(RecordMode.class)
    void estimateBoundsTheFilesFromAbove(RecordMode mode) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/iran-russia.yaml"));
        List<String> theories = List.of("balance-of-threat", "walt-bandwagoning");
        int reps = 12;
        int steps = 40;
        long actual = 0;
        for (String theory : theories) {
            for (int rep = 0; rep < reps; rep++) {
                SeriesText text = new SeriesText(s, steps);
                Replication.run(s, theory, rep, Seeds.replication(1, rep), steps,
                        List.of(new SeriesRecorder(theory, rep, mode, text)));
                actual += text.rows().getBytes(StandardCharsets.UTF_8).length
                        + text.factorRows().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long estimate = SeriesSize.estimate(s, theories, reps, steps, mode);
        if (mode == RecordMode.NONE) {
            assertThat(estimate).isZero();
            assertThat(actual).isZero();
            return;
        }
        assertThat(estimate).isGreaterThanOrEqualTo(actual);
        if (mode == RecordMode.ALL || mode == RecordMode.FOCAL) {
            assertThat((double) estimate / actual).isLessThan(1.3);
        }
    }
}
