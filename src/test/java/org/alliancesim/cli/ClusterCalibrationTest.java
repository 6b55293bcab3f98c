package org.alliancesim.cli;

import static org.alliancesim.cli.Loopback.awaitLine;
import static org.alliancesim.cli.Loopback.freePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancesim.Slow;
import org.alliancesim.backtest.SyntheticWorlds;
import org.alliancesim.history.HistoryFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a small calibration (the four invented states of the historical-world fixture,
 * 1871-1876 for training, two parameters, three CMA-ES generations cut by the budget) run on the
 * local pool in a JVM of its own (which must load no Hazelcast and no cluster class), then with {@code --cluster} on two worker members in their own JVMs on loopback
 * ports, which read the data folder and the ATOP file themselves from the paths the client gives;
 * every output ({@code params.yaml}, {@code evaluations.csv}, {@code scores.csv},
 * {@code report.md}) is byte-identical. The workers hold a shared secret: a client with another
 * secret gets every candidate refused and exits 4, writing nothing.
 */
@Slow
class ClusterCalibrationTest {
    private final List<Process> processes = new ArrayList<>();
    private final Thread reaper = new Thread(() -> processes.forEach(Process::destroyForcibly), "cluster-test-reaper");

    @TempDir
    Path dir;

    private String[] calibrate(Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("calibrate", "--from", "1871", "--to", "1880", "--train-to", "1876",
                "--alliances", SyntheticWorlds.fixture("atop-dyads-1869-1880.csv").toString(),
                "--data", HistoryFixture.folder().toString(), "--theory", "balance-of-threat",
                "--param", "balanceOfThreat.threatHalf", "--param", "ties.alignment", "--evaluations", "14",
                "--steps-per-year", "4", "--bootstrap", "20", "--seed", "5", "--threads", "2", "--quiet",
                "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aClusterCalibrationWritesTheFilesOfALocalOne() throws Exception {
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            Path secret = Files.writeString(dir.resolve("secret"), "a shared secret of thirty-two bytes\n");
            Path wrong = Files.writeString(dir.resolve("wrong"), "another secret, also long enough\n");
            int[] ports = freePorts(2);
            List<String> memberArgs = new ArrayList<>();
            for (int p : ports) {
                memberArgs.add("--member");
                memberArgs.add("127.0.0.1:" + p);
            }
            for (int k = 0; k < 2; k++) {
                List<String> args = new ArrayList<>(List.of("worker", "--port", Integer.toString(ports[k]), "--threads", "1",
                        "--secret-file", secret.toString()));
                args.addAll(memberArgs);
                start(dir.resolve("worker" + k + ".log"), List.of(), args.toArray(String[]::new));
            }
            // the local run meanwhile, in its own JVM (it must load no cluster class), into the folder the
            // cluster run will use afterwards (the files record --out)
            Path out = dir.resolve("fit");
            Path local = dir.resolve("fit-local");
            Process loc = start(dir.resolve("local.log"), List.of("-verbose:class"), calibrate(out));
            assertThat(loc.waitFor(60, TimeUnit.SECONDS)).as("local calibration finished").isTrue();
            String classes = Files.readString(dir.resolve("local.log"));
            assertThat(loc.exitValue()).as(classes).isZero();
            assertThat(classes).contains("org.alliancesim.backtest.Generations")
                    .doesNotContain("com.hazelcast").doesNotContain("org.alliancesim.cluster.");
            Files.move(out, local);
            assertThat(Files.readAllLines(local.resolve("evaluations.csv"))).hasSize(1 + 14);

            awaitLine(dir.resolve("worker0.log"), ": 2 members", Duration.ofSeconds(40));
            awaitLine(dir.resolve("worker1.log"), ": 2 members", Duration.ofSeconds(20));
            String members = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1];
            CliRun cl = CliRun.alongside(calibrate(out, "--cluster", members, "--secret-file", secret.toString()));
            assertThat(cl.exit()).as(cl.err()).isZero();
            assertThat(cl.err()).doesNotContain("refused").doesNotContain("lost");
            assertSameFiles(local, out);

            // another secret: every worker refuses the candidates; nothing is written
            Path refused = dir.resolve("refused");
            CliRun bad;
            System.setProperty("alliance-sim.cluster.grace-ms", "2000");
            try {
                bad = CliRun.alongside(calibrate(refused, "--cluster", members, "--secret-file", wrong.toString()));
                assertThat(bad.exit()).as(bad.err()).isEqualTo(4);
            } finally {
                System.clearProperty("alliance-sim.cluster.grace-ms");
            }
            assertThat(bad.err()).contains("refused a candidate: the task carries no valid token")
                    .contains("no usable worker is left");
            assertThat(refused).doesNotExist();
        } finally {
            processes.forEach(Process::destroyForcibly);
            for (Process p : processes) {
                p.waitFor(10, TimeUnit.SECONDS);
            }
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
    }

    private Process start(Path log, List<String> jvm, String... args) throws IOException {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        options.addAll(jvm);
        Process p = Loopback.startMain(log, options, args);
        processes.add(p);
        return p;
    }



    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = list(expected);
        assertThat(names).contains("params.yaml", "evaluations.csv", "scores.csv", "report.md");
        assertThat(list(actual)).containsExactlyElementsOf(names);
        for (String n : names) {
            assertThat(Files.mismatch(expected.resolve(n), actual.resolve(n))).as(n).isEqualTo(-1L);
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }
}
