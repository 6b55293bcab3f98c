package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.output.SeriesText;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --record ties} keeps exactly the rows of {@code --record all} whose pair is tied at that
 * step, on seeded random worlds.
 */
class SeriesRecorderTiesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4, 5})
    void tiesModeKeepsExactlyTheTiedRows(long seed) {
        Scenario s = RandomWorld.generate(40, seed, RandomWorld.DEFAULT_NOISE).toScenario(30);
        SeriesText all = new SeriesText(s, 30);
        SeriesText ties = new SeriesText(s, 30);
        Replication.run(s, null, 0, seed, 30, List.of(new SeriesRecorder("t", 0, RecordMode.ALL, all),
                new SeriesRecorder("t", 0, RecordMode.TIES, ties)));
        List<String> allRows = Arrays.asList(all.rows().split("\n"));
        List<String> tiedRows = Arrays.asList(ties.rows().split("\n"));
        List<String> expected = allRows.stream().filter(r -> !r.endsWith(",none")).collect(Collectors.toList());
        assertThat(allRows).hasSize(40 * 39 * 30);
        assertThat(expected).isNotEmpty().hasSizeLessThan(allRows.size());
        assertThat(tiedRows).isEqualTo(expected);
        Set<String> levels = tiedRows.stream().map(r -> r.substring(r.lastIndexOf(',') + 1)).collect(Collectors.toSet());
        assertThat(levels).doesNotContain("none");
    }
}
