package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad cluster options are bad input (exit 2) caught before any member starts or any file is written. */
class WorkerCommandTest {
    @TempDir
    Path dir;

    @Test
    void aNonLoopbackInterfaceWithoutTheFlagIsRefused() {
        CliRun cli = CliRun.of("worker", "--member", "10.1.2.3:5701", "--interface", "10.1.2.3");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("--allow-non-loopback").contains("no authentication")
                .contains("trusted network");
    }

    @Test
    void aPortRangeIsRefused() {
        CliRun cli = CliRun.of("worker", "--member", "127.0.0.1:5701-5703");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("port range");
    }

    @Test
    void aSweepWithABadClusterWritesNothing() {
        Path out = dir.resolve("out");
        CliRun cli = CliRun.of("sweep", "scenarios/sweeps/iran-detente.yaml", "--cluster", "127.0.0.1:5701-5702",
                "--out", out.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("--cluster").contains("port range");
        assertThat(out).doesNotExist();
        assertThat(SweepJournal.folderFor(out)).doesNotExist();
    }
}
