package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest} on the real data in ../shared/data, a few years, one theory: skipped when the data
 * is absent.
 */
class BacktestRealDataTest {
    static final Path DATA = Path.of("..", "shared", "data");
    @TempDir
    Path dir;

    @Test
    void aShortRealBacktestScoresEveryDyadYear() throws IOException {
        Path atop = DATA.resolve("atop-dyad-years-1815-1954.csv");
        assumeTrue(Files.isReadable(atop), "skipped: " + atop.toAbsolutePath().normalize() + " not present");
        Path out = dir.resolve("real");
        CliRun r = CliRun.of("backtest", "--from", "1952", "--to", "1954", "--alliances", atop.toString(), "--data",
                DATA.toString(), "--theory", "balance-of-threat", "--bootstrap", "20", "--quiet", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> pred = Files.readAllLines(out.resolve("predictions.csv"));
        // NATO: the United States (2) and the United Kingdom (200) are in the system every year
        assertThat(pred).anyMatch(l -> l.startsWith("balance-of-threat,1953,2,200,"));
        assertThat(Files.readString(out.resolve("scores.csv"))).contains("baseline:last-year,1952-1954,any.auc,");
    }
}
