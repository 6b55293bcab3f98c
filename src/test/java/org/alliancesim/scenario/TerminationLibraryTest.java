package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The termination library (scenarios/termination/) is the default scenario plus events: the
 * states, time, focal states and parameters must stay equal to scenarios/iran-russia.yaml, so
 * that a change to the default reaches every condition (or fails here).
 */
class TerminationLibraryTest {
    static final Path DIR = Path.of("scenarios", "termination");
    static final Path DEFAULT = Path.of("scenarios", "iran-russia.yaml");
    /** The file-name prefixes the issue requires, with the condition each replays. */
    static final List<String[]> CONDITIONS = List.of(
            new String[] {"w1-", "W1"}, new String[] {"w2-", "W2"}, new String[] {"w3-", "W3"},
            new String[] {"w4-", "W4"}, new String[] {"w5-", "W5"}, new String[] {"w6-us-decline", "W6"},
            new String[] {"w6-russia-decline", "W6"}, new String[] {"s1-", "S1"}, new String[] {"s2-", "S2"});

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everyConditionHasExactlyOneFile() throws IOException {
        List<String> names = files().map(p -> p.getFileName().toString()).toList();
        for (String[] c : CONDITIONS) {
            assertThat(names).as(c[0]).filteredOn(n -> n.startsWith(c[0])).hasSize(1);
        }
        assertThat(names).hasSize(CONDITIONS.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isTheDefaultScenarioPlusEvents(Path file) throws Exception {
        Scenario base = ScenarioLoader.load(DEFAULT);
        Scenario s = ScenarioLoader.load(file);
        assertThat(s.states()).isEqualTo(base.states());
        assertThat(s.time()).isEqualTo(base.time());
        assertThat(s.focal()).isEqualTo(base.focal());
        assertThat(s.defaultModule()).isEqualTo(base.defaultModule());
        assertThat(s.parameters()).isEqualTo(base.parameters());
        assertThat(s.ties()).isEqualTo(base.ties());
        assertThat(s.distances()).isEqualTo(base.distances());
        assertThat(s.events()).isNotEmpty();
        assertThat(base.events()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eventsStartAfterTheTieHasFormed(Path file) throws Exception {
        // In the default scenario the IRN-RUS tie is a coalition from step 7 (2023Q4) on.
        assertThat(ScenarioLoader.load(file).events()).allSatisfy(e -> assertThat(e.rampStart()).isGreaterThanOrEqualTo(20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void quotesThePapersRowItReplays(Path file) throws IOException {
        String name = file.getFileName().toString();
        String condition = CONDITIONS.stream().filter(c -> name.startsWith(c[0])).findFirst().orElseThrow()[1];
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# " + condition + ":");
        assertThat(text).containsAnyOf("Table 2 (Walt), row " + condition, "Table 4 (Schweller)");
        assertThat(text).contains("Replayed as:");
    }
}
