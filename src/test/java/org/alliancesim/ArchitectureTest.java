package org.alliancesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model never depends on the GUI or charts, and no model code names a particular state: the
 * theories must work on any scenario.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "org", "alliancesim");
    private static final Pattern UI_IMPORT = Pattern.compile("^import\\s+(static\\s+)?(sim\\.display|sim\\.portrayal|javax\\.swing|java\\.awt|org\\.jfree)", Pattern.MULTILINE);
    private static final Pattern STATE_ID = Pattern.compile("\"(IRN|RUS|USA|CHN|Iran|Russia)\"");

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN.resolve(pkg))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"world", "decision", "model", "scenario", "param"})
    void modelPackagesImportNoDisplayOrChartCode(String pkg) throws IOException {
        List<Path> files = sources(pkg);
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(UI_IMPORT.matcher(Files.readString(f)).find()).as(f.toString()).isFalse();
        }
    }

    /** Hazelcast stays in the cluster package, so a local sweep never loads it (docs/cluster.md). */
    @org.junit.jupiter.api.Test
    void onlyTheClusterPackageNamesHazelcast() throws IOException {
        Pattern hazelcast = Pattern.compile("com\\.hazelcast");
        try (Stream<Path> s = Files.walk(MAIN)) {
            List<Path> naming = s.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return hazelcast.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(naming).isNotEmpty().allMatch(p -> p.startsWith(MAIN.resolve("cluster")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"world", "decision", "model", "scenario", "experiment", "output"})
    void noModelCodeNamesAParticularState(String pkg) throws IOException {
        for (Path f : sources(pkg)) {
            assertThat(STATE_ID.matcher(Files.readString(f)).find()).as(f.toString()).isFalse();
        }
    }
}
