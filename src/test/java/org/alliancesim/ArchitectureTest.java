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
 * Rules read from the source text, which compiled classes do not show: no model code names a
 * particular state (the theories must work on any scenario), and only the cluster package names
 * Hazelcast, even in a string. The layering between packages is {@link LayeringTest}.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "org", "alliancesim");
    private static final Pattern STATE_ID = Pattern.compile("\"(IRN|RUS|USA|CHN|Iran|Russia)\"");

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN.resolve(pkg))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
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
