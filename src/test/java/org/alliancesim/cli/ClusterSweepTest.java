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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancesim.Slow;
import org.alliancesim.cluster.ClusterTestFiles;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: three worker members as separate JVMs on loopback ports (listed one by one), a
 * sweep with {@code --cluster}, one member killed with SIGKILL once the first chunk is journaled;
 * the files must equal, byte for byte, those of a local sweep run in yet another JVM, which must
 * not load a single Hazelcast class. A fourth member runs another build (one more file among the
 * model's classes): the sweep refuses it and it gets no work. Then a second cluster sweep loses
 * every usable worker: it exits 4, and {@code --resume} finishes it locally with the same files. Every process is killed in {@code finally} and by a shutdown
 * hook.
 */
@Slow
class ClusterSweepTest {
    private final List<Process> processes = new ArrayList<>();
    private final Thread reaper = new Thread(() -> processes.forEach(Process::destroyForcibly), "cluster-test-reaper");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void killedMembersLoseNoRunAndTheFilesEqualALocalSweep() throws Exception {
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            Path sweep = ClusterTestFiles.smallSweep(dir, 40, 80);
            Process local = start(dir.resolve("local.log"), List.of("-verbose:class"), "sweep", sweep.toString(),
                    "--out", dir.resolve("local").toString(), "--quiet", "--threads", "2");
            int[] ports = freePorts(4);
            List<String> memberArgs = new ArrayList<>();
            for (int p : ports) { // every member lists all four: a worker leaves a cluster an unlisted member joins
                memberArgs.add("--member");
                memberArgs.add("127.0.0.1:" + p);
            }
            List<Process> workers = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                List<String> args = new ArrayList<>(List.of("worker", "--port", Integer.toString(ports[k]), "--threads", "1"));
                args.addAll(memberArgs);
                workers.add(start(dir.resolve("worker" + k + ".log"), List.of(), args.toArray(String[]::new)));
            }
            // a fourth member of another build: the model's classes plus one more file, first on its class path
            Path other = otherBuild();
            List<String> strangerArgs = new ArrayList<>(List.of("worker", "--port", Integer.toString(ports[3]), "--threads", "1"));
            strangerArgs.addAll(memberArgs);
            startWithClassPath(dir.resolve("stranger.log"), other + File.pathSeparator + System.getProperty("java.class.path"),
                    List.of(), strangerArgs.toArray(String[]::new));
            assertThat(local.waitFor(90, TimeUnit.SECONDS)).as("local sweep finished").isTrue();
            assertThat(local.exitValue()).as(Files.readString(dir.resolve("local.log"))).isZero();
            String classes = Files.readString(dir.resolve("local.log"));
            assertThat(classes).contains("org.alliancesim.experiment.sweep.SweepRunner");
            assertThat(classes).doesNotContain("com.hazelcast").doesNotContain("org.alliancesim.cluster.");

            awaitLine(dir.resolve("worker0.log"), ": 4 members", Duration.ofSeconds(60));
            awaitLine(dir.resolve("stranger.log"), "warning: it runs build", Duration.ofSeconds(20));
            Path out = dir.resolve("cluster");
            Path work = SweepJournal.folderFor(out);
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.alongside("sweep", sweep.toString(),
                    "--cluster", "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2],
                    "--out", out.toString(), "--quiet"));
            awaitChunk(work, run);
            workers.get(1).destroyForcibly();
            CliRun cli = run.get(90, TimeUnit.SECONDS);
            assertThat(cli.exit()).as(cli.err()).isZero();
            assertThat(cli.err()).contains("lost chunk").contains("runs again elsewhere")
                    .contains("refusing member [127.0.0.1]:" + ports[3] + ": it runs alliance-sim build");
            assertThat(work).doesNotExist();
            assertSameFiles(dir.resolve("local"), out);
            assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 16 * 2 * 40 * 3); // one row per run and focal pair

            // every usable worker gone: the sweep says so, exits 4, and --resume finishes it locally
            Path out2 = dir.resolve("cluster-gone");
            CliRun cli2;
            System.setProperty("alliance-sim.cluster.grace-ms", "3000");
            try {
                CompletableFuture<CliRun> run2 = CompletableFuture.supplyAsync(() -> CliRun.alongside("sweep", sweep.toString(),
                        "--cluster", "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[2], "--out", out2.toString(), "--quiet"));
                awaitChunk(SweepJournal.folderFor(out2), run2);
                workers.get(0).destroyForcibly();
                workers.get(2).destroyForcibly();
                cli2 = run2.get(60, TimeUnit.SECONDS);
                assertThat(cli2.exit()).as(cli2.err()).isEqualTo(4);
            } finally {
                System.clearProperty("alliance-sim.cluster.grace-ms");
            }
            assertThat(cli2.err()).contains("no usable worker is left").contains("--resume");
            assertThat(out2).doesNotExist();
            CliRun resume = CliRun.alongside("sweep", sweep.toString(), "--out", out2.toString(), "--resume", "--quiet");
            assertThat(resume.exit()).as(resume.err()).isZero();
            assertSameFiles(dir.resolve("local"), out2);
        } finally {
            processes.forEach(Process::destroyForcibly);
            for (Process p : processes) {
                p.waitFor(10, TimeUnit.SECONDS);
            }
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
    }

    private Process start(Path log, List<String> jvm, String... args) throws IOException {
        return startWithClassPath(log, System.getProperty("java.class.path"), jvm, args);
    }

    /** A copy of the model's classes with one extra file: another build to the cluster's eyes. */
    private Path otherBuild() throws IOException {
        Path classes = Path.of(org.alliancesim.Version.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path copy = dir.resolve("other-build");
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.toList()) {
                Path to = copy.resolve(classes.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.writeString(copy.resolve("org/alliancesim/another-build.txt"), "changed\n");
        return copy;
    }

    private Process startWithClassPath(Path log, String classPath, List<String> jvm, String... args) throws IOException {
        Process p = Loopback.startMain(log, classPath, jvm, args);
        processes.add(p);
        return p;
    }



    /** Waits until the cluster sweep has journaled its first chunk (many are still to run). */
    private static void awaitChunk(Path work, CompletableFuture<CliRun> run) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end && !run.isDone()) {
            if (Files.isDirectory(work)) {
                try (Stream<Path> s = Files.list(work)) {
                    if (s.anyMatch(p -> p.getFileName().toString().startsWith("chunk-"))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the cluster sweep journaled no chunk (finished: " + run.isDone() + ")");
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = list(expected);
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
