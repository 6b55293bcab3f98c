package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancesim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed give byte-identical CSV output with 1 or 2 threads (issue 2, point 4). */
class DeterminismTest {

    @Test
    void outputsAreByteIdenticalWhateverTheThreadCount(@TempDir Path tmp) throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(Main.execute("run", "--reps", "6", "--seed", "42", "--threads", "1", "--quiet", "--out", one.toString()))
                .isZero();
        assertThat(Main.execute("run", "--reps", "6", "--seed", "42", "--threads", "2", "--quiet", "--out", two.toString()))
                .isZero();
        for (String f : new String[] {"series.csv", "events.csv", "summary.csv"}) {
            assertThat(Files.readAllBytes(one.resolve(f))).as(f).isEqualTo(Files.readAllBytes(two.resolve(f)));
        }
        assertThat(Files.readAllLines(one.resolve("series.csv"))).hasSizeGreaterThan(1000);
    }

    @Test
    void aDifferentSeedGivesDifferentSeries(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Main.execute("run", "--theory", "balance-of-threat", "--reps", "2", "--seed", "1", "--quiet", "--out", a.toString());
        Main.execute("run", "--theory", "balance-of-threat", "--reps", "2", "--seed", "2", "--quiet", "--out", b.toString());
        assertThat(Files.readAllBytes(a.resolve("series.csv"))).isNotEqualTo(Files.readAllBytes(b.resolve("series.csv")));
    }
}
