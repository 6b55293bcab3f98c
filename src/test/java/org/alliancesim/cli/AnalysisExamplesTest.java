package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The R and Python examples of docs/analysis.md read the columns that {@code run} writes today,
 * and the page shows the scripts shipped in docs/examples/ exactly (the build has neither R nor
 * pandas, so the scripts themselves are not run here).
 */
class AnalysisExamplesTest {
    private static final Path DOC = Path.of("docs", "analysis.md");
    private static final List<Path> SCRIPTS = List.of(
            Path.of("docs", "examples", "plot_tie.py"), Path.of("docs", "examples", "plot_tie.R"));
    /** The columns the scripts read, by file. */
    private static final List<String> SERIES = List.of("theory", "step", "time", "state", "partner", "desire", "commitment");
    private static final List<String> SUMMARY = List.of(
            "theory", "state", "partner", "modal_level", "mean_final_commitment", "share_none", "share_coalition");

    @TempDir
    Path dir;

    @Test
    void theScriptsReadColumnsThatARunWrites() throws IOException {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("run", "--reps", "1", "--steps", "3", "--theory", "balance-of-threat",
                "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(header(out.resolve("series.csv"))).containsAll(SERIES);
        assertThat(header(out.resolve("summary.csv"))).containsAll(SUMMARY);
        for (Path script : SCRIPTS) {
            String text = Files.readString(script);
            for (String column : Stream.concat(SERIES.stream(), SUMMARY.stream()).toList()) {
                assertThat(text).as("%s reads %s", script, column).contains(column);
            }
        }
    }

    @Test
    void thePageShowsTheShippedScripts() throws IOException {
        String doc = Files.readString(DOC);
        for (Path script : SCRIPTS) {
            assertThat(doc).as("%s in %s", script, DOC).contains(Files.readString(script).strip());
        }
    }

    private static List<String> header(Path csv) throws IOException {
        try (var lines = Files.lines(csv)) {
            return List.of(lines.findFirst().orElseThrow().split(","));
        }
    }
}
