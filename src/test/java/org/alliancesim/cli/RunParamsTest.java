package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --params FILE}: a parameters file (as calibrate writes) applied over the scenario's own. */
class RunParamsTest {
    @TempDir
    Path dir;

    @Test
    void aParamsFileOverridesTheScenariosParameters() throws IOException {
        Path strict = Files.writeString(dir.resolve("strict.yaml"),
                "parameters:\n  ties: {alignment: 0.9, coalition: 0.95, alliance: 0.99}\n");
        CliRun plain = CliRun.of("run", "--theory", "balance-of-threat", "--reps", "1", "--record", "none", "--quiet",
                "--out", dir.resolve("a").toString());
        CliRun fitted = CliRun.of("run", "--theory", "balance-of-threat", "--reps", "1", "--record", "none", "--quiet",
                "--params", strict.toString(), "--out", dir.resolve("b").toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(fitted.exit()).as(fitted.err()).isZero();
        assertThat(plain.out()).contains("coalition 100%");
        String row = fitted.out().lines().filter(l -> l.startsWith("balance-of-threat")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("coalition").doesNotContain("alignment").contains("none 100%");
    }

    @Test
    void aBadParamsFileExits2WithFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "parameters:\n  balanceOfThreat:\n    threatHalf: 7\n");
        CliRun r = CliRun.of("run", "--reps", "1", "--params", bad.toString(), "--out", dir.resolve("c").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":3:").contains("threatHalf");
        assertThat(dir.resolve("c")).doesNotExist();
    }
}
