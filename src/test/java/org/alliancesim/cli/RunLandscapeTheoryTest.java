package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --theory landscape --theory balance-of-threat} compares the two on the default scenario. */
class RunLandscapeTheoryTest {

    @Test
    void theLandscapeModeRunsBesideAnAgentLevelTheory(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        int code = Main.execute("run", "--theory", "landscape", "--theory", "balance-of-threat", "--reps", "2",
                "--steps", "30", "--quiet", "--out", out.toString());
        assertThat(code).isZero();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary).anyMatch(l -> l.startsWith("landscape,IRN,RUS,2,"))
                .anyMatch(l -> l.startsWith("balance-of-threat,IRN,RUS,2,"));
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"landscape\"", "\"sharedThreat\"");
    }
}
