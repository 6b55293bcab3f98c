package org.alliancesim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WholeProcess} and {@link ProcessFigures}: a child command timed as a whole process. */
class WholeProcessTest {
    @TempDir
    Path tmp;

    @Test
    void thisProcessHasSpentCpuAndMemory() {
        ProcessFigures f = ProcessFigures.ofThisProcess();
        assertThat(f.cpuSeconds()).isPositive();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(f.peakRssMb()).isGreaterThan(10);
        }
    }

    @Test
    void aChildReportsItsOwnCpuAndPeakMemory() throws Exception {
        WholeProcess wp = WholeProcess.here(tmp);
        WholeProcess.Run r = wp.run(List.of("validate", "scenarios/iran-russia.yaml"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.cpuSeconds()).isPositive().isLessThan(r.wallSeconds() * 2 + 1);
        assertThat(r.wallSeconds()).isPositive();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(r.peakRssMb()).isGreaterThan(10);
        }
    }

    @Test
    void aFailingChildKeepsItsExitCode() throws Exception {
        WholeProcess.Run r = WholeProcess.here(tmp).run(List.of("validate", tmp.resolve("absent.yaml").toString()));
        assertThat(r.exitCode()).isEqualTo(2);
    }
}
