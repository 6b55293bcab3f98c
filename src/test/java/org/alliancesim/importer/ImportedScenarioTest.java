package org.alliancesim.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliancesim.history.HistoricalData;
import org.alliancesim.history.HistoryFixture;
import org.alliancesim.history.InputBuilder;
import org.alliancesim.history.MappingParams;
import org.alliancesim.history.Settling;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HistoricalImport#imported}: what the import reports without reading its text back (the
 * counts and the theory-input warnings) is what loading the text gives, on the fixture folder
 * and, where present, on the real data.
 */
class ImportedScenarioTest {

    static Stream<Arguments> imports() {
        return Stream.of(
                Arguments.of("fixture", 1872, 1872, List.of()),
                Arguments.of("fixture", 1870, 1875, List.of()),
                Arguments.of("fixture", 1872, 1872, List.of("BBB", "CCC")),
                Arguments.of("real", 1914, 1914, List.of()),
                Arguments.of("real", 2010, 2010, List.of()),
                Arguments.of("real", 1880, 1884, List.of("UKG", "FRN", "GMY", "RUS", "AUH", "ITA")));
    }

    @ParameterizedTest(name = "{0} {1}-{2} {3}")
    @MethodSource("imports")
    void whatIsReportedIsWhatTheTextLoadsAs(String source, int from, int to, List<String> states) throws Exception {
        Path data = source.equals("fixture") ? HistoryFixture.folder() : Path.of("..", "shared", "data");
        Assumptions.assumeTrue(Files.isDirectory(data), "no real data at " + data + ": skipped");
        MappingParams mapping = MappingParams.DEFAULTS;
        InputBuilder builder = new InputBuilder(HistoricalData.load(data, from - (int) mapping.tradeCarryYears(), to),
                mapping);
        ImportRequest req = new ImportRequest(from, to, states, null, "t", 4, null, List.of("# test"),
                Settling.DEFAULT_STEPS);

        ImportedScenario imported = new HistoricalImport(builder, w -> { }).imported(req);
        Scenario loaded = ScenarioLoader.parse(imported.text(), "t.yaml");

        assertThat(imported.states()).isEqualTo(loaded.states().size());
        assertThat(imported.distances()).isEqualTo(loaded.distances().size());
        assertThat(imported.events()).isEqualTo(loaded.events().size());
        assertThat(imported.steps()).isEqualTo(loaded.time().steps());
        assertThat(imported.theoryWarnings()).isEqualTo(TheoryInputCheck.warnings(loaded));
        assertThat(imported.text()).isEqualTo(new HistoricalImport(builder, w -> { }).build(req));
    }
}
