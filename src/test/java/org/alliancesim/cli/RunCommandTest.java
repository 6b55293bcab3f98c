package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command end to end: the files it writes, the table it prints, and bad options. */
class RunCommandTest {

    @Test
    void writesEveryOutputAndPrintsHowEachTieEnded(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("run", "--theory", "balance-of-threat", "--theory", "identity", "--reps", "3", "--steps", "30",
                "--out", out.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("balance-of-threat", "IRN-RUS", "coalition", "identity", "Results: " + out);
        for (String f : List.of("series.csv", "events.csv", "summary.csv", "stability.png", "stability.svg", "manifest.json")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertThat(series.get(0)).startsWith("theory,replication,step,time,state,partner,threat,desire");
        // 2 theories x 3 replications x 30 steps x 12 ordered pairs
        assertThat(series).hasSize(1 + 2 * 3 * 30 * 12);
        assertThat(series.get(1)).startsWith("balance-of-threat,0,0,2022Q1,IRN,RUS,");
        assertThat(Files.readAllLines(out.resolve("events.csv")).get(0))
                .isEqualTo("theory,replication,step,time,state,partner,from_level,to_level,decider,cause");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"sha256\"", "\"replicationSeeds\"", "\"threatHalf\"", "\"version\"");
        byte[] png = Files.readAllBytes(out.resolve("stability.png"));
        assertThat(png[1]).isEqualTo((byte) 'P');
    }

    @Test
    void anUnknownTheoryIsBadInputAndCreatesNoFolder(@TempDir Path tmp) {
        Path out = tmp.resolve("never");
        CliRun r = CliRun.of("run", "--theory", "balance-of-thread", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown theory 'balance-of-thread'").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void anExistingNonEmptyOutIsRefusedWithoutForce(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("full");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRun r = CliRun.of("run", "--theory", "identity", "--reps", "1", "--steps", "5", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("already exists and is not empty", "--force");
        assertThat(out.resolve("keep.txt")).hasContent("mine");
        org.alliancesim.output.OutputMarker.write(out); // --force replaces only a folder alliance-sim wrote
        assertThat(CliRun.of("run", "--theory", "identity", "--reps", "1", "--steps", "5", "--force", "--out", out.toString()).exit())
                .isEqualTo(0);
        assertThat(out.resolve("keep.txt")).doesNotExist();
        assertThat(out.resolve("summary.csv")).exists();
    }

    @Test
    void versionAndHelpExplainThemselves() {
        assertThat(CliRun.of("--version").out()).contains("alliance-sim 0.1.0");
        String help = CliRun.of("run", "--help").out();
        assertThat(help).contains("--theory", "--reps", "--seed", "--steps", "--threads", "--out", "--record");
    }
}
