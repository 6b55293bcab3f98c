package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep command end to end on the bundled uncertain scenario, with short runs. */
class SweepCommandTest {
    static final Path SCENARIO = Path.of("scenarios/iran-russia-uncertain.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    /** What the last command wrote on stderr. */
    private String err = "";

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        err = r.err();
        return r.exit();
    }

    private Path sweep(String name, String design, String vary) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, """
                name: test
                scenario: %s
                theories: [balance-of-threat, schweller-bandwagoning]
                %s
                replications: 2
                steps: 60
                seed: 7
                chunkRuns: 4
                vary:
                %s""".formatted(SCENARIO, design, vary), StandardCharsets.UTF_8);
        return f;
    }

    private Path gridSweep() throws IOException {
        return sweep("grid.yaml", "design: grid", """
                  - path: events[0].value
                    name: us_intent
                    values: [0.05, 0.3, 0.6]
                  - path: states.RUS.power.economy
                    from: 900
                    to: 1800
                    step: 900
                """);
    }

    private static List<String> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        assertThat(files(b)).isEqualTo(files(a));
        for (String f : files(a)) {
            assertThat(java.util.Arrays.equals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f))))
                    .as(f + " differs between " + a + " and " + b).isTrue();
        }
    }

    @Test
    void writesEveryOutputWithOneRowPerRunInOrder() throws IOException {
        Path out1 = dir.resolve("out");
        assertThat(run("sweep", gridSweep().toString(), "--out", out1.toString(), "--quiet", "--threads", "2"))
                .as(err).isZero();
        assertThat(files(out1)).containsExactly(org.alliancesim.output.OutputMarker.NAME, "manifest.json", "points.csv", "runs.csv", "survival-summary.csv",
                "survival.csv", "survival.png", "survival.svg");
        List<String> runs = Files.readAllLines(out1.resolve("runs.csv"));
        // tidy: one row per run and focal pair (IRN with RUS, USA, CHN), the named field under its name
        assertThat(runs).hasSize(1 + 6 * 2 * 2 * 3);
        assertThat(runs.get(0)).isEqualTo("point,replication,seed,us_intent,states.RUS.power.economy,theory,pair,"
                + "formed_step,ended,end_step,duration,cause,final_level,mean_commitment");
        assertThat(runs.get(1)).startsWith("0,0,").contains(",0.05,900,balance-of-threat,IRN-RUS,");
        assertThat(runs.get(2)).startsWith("0,0,").contains(",balance-of-threat,IRN-USA,");
        assertThat(runs.get(3)).startsWith("0,0,").contains(",balance-of-threat,IRN-CHN,");
        assertThat(runs.get(7)).startsWith("0,0,").contains(",schweller-bandwagoning,IRN-RUS,");
        assertThat(runs.get(72)).startsWith("5,1,").contains(",0.6,1800,schweller-bandwagoning,IRN-CHN,");
        // IRN-USA never forms: empty formation, ending, duration and cause; final level none
        assertThat(runs.get(2)).contains(",IRN-USA,,,,,,none,");
        assertThat(runs.get(1)).matches(".*,IRN-RUS,\\d+,[01],\\d*,\\d+,[A-Za-z0-9]*,(alignment|coalition|alliance|none),0\\.\\d+");
        List<String> points = Files.readAllLines(out1.resolve("points.csv"));
        assertThat(points.get(0)).startsWith("point,us_intent,states.RUS.power.economy,theory,pair,")
                .endsWith(",formed_step_mean,mean_commitment,share_final_none,share_final_alignment,"
                        + "share_final_coalition,share_final_alliance");
        assertThat(Files.readString(out1.resolve("manifest.json"))).contains("\"us_intent\"").contains("\"events[0].value\"");
        assertThat(Files.readAllLines(out1.resolve("points.csv"))).hasSize(1 + 6 * 2 * 3);
        assertThat(Files.exists(SweepJournal.folderFor(out1))).isFalse();
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        Path f = gridSweep();
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertThat(run("sweep", f.toString(), "--out", one.toString(), "--quiet", "--threads", "1")).isZero();
        assertThat(run("sweep", f.toString(), "--out", two.toString(), "--quiet", "--threads", "2")).isZero();
        assertSameFiles(one, two);
    }

    @Test
    void aResumedSweepWritesTheSameFilesAsAnUninterruptedOne() throws Exception {
        Path f = sweep("lhs.yaml", "design: latin-hypercube\npoints: 8", """
                  - path: events[0].value
                    min: 0.05
                    max: 0.6
                  - path: parameters.balanceOfThreat.threatHalf
                    min: 0.02
                    max: 0.2
                  - path: events[0].ramp[0]
                    min: 10
                    max: 30
                """);
        Path whole = dir.resolve("whole");
        assertThat(run("sweep", f.toString(), "--out", whole.toString(), "--quiet")).as(err).isZero();
        assertThat(files(whole)).contains("sensitivity.csv", "sensitivity.png");
        assertThat(Files.readAllLines(whole.resolve("sensitivity.csv")))
                .anyMatch(l -> l.startsWith("balance-of-threat,IRN-RUS,mean_commitment,events[0].value,"))
                .anyMatch(l -> l.startsWith("balance-of-threat,IRN-RUS,ended_share,events[0].value,"));

        // interrupted: some chunks journaled, one half-written file, no output folder
        Path resumed = dir.resolve("resumed");
        SweepSpec spec = SweepLoader.load(f);
        SweepRunner runner = new SweepRunner(spec);
        Path work = SweepJournal.folderFor(resumed);
        SweepJournal journal = SweepJournal.create(work, spec.fingerprint());
        runner.run(journal, 2, done -> { });
        assertThat(runner.chunks()).isGreaterThan(3);
        Files.delete(journal.chunk(1));
        Files.delete(journal.chunk(runner.chunks() - 1));
        Files.writeString(work.resolve(".part-123.tmp"), "0,0,123,half a ro");

        assertThat(run("sweep", f.toString(), "--out", resumed.toString(), "--quiet")).isEqualTo(3);
        assertThat(err).contains("--resume");
        assertThat(run("sweep", f.toString(), "--out", resumed.toString(), "--quiet", "--resume", "--threads", "1"))
                .as(err).isZero();
        assertSameFiles(whole, resumed);
        assertThat(Files.exists(work)).isFalse();
    }

    /** A real kill -9 of a sweep in a child JVM, then --resume. */
    @Test
    void aSweepKilledWithSigkillResumesToTheSameFiles() throws Exception {
        Path f = sweep("grid.yaml", "design: grid", """
                  - path: events[0].value
                    from: 0.05
                    to: 0.95
                    step: 0.05
                """);
        Path whole = dir.resolve("whole");
        assertThat(run("sweep", f.toString(), "--out", whole.toString(), "--quiet")).isZero();
        Path killed = dir.resolve("killed");
        Path work = SweepJournal.folderFor(killed);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.alliancesim.cli.Main", "sweep", f.toString(),
                "--out", killed.toString(), "--quiet", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline && !Files.exists(work.resolve("chunk-0000002.csv"))) {
            Thread.sleep(2);
        }
        p.destroyForcibly().waitFor();
        Assumptions.assumeFalse(Files.exists(killed), "the child finished before it could be killed");
        assertThat(run("sweep", f.toString(), "--out", killed.toString(), "--quiet", "--resume")).as(err).isZero();
        assertSameFiles(whole, killed);
    }

    @Test
    void resumeRefusesTheWorkOfADifferentSweep() throws IOException {
        Path target = dir.resolve("other");
        Path work = SweepJournal.folderFor(target);
        SweepJournal.create(work, "not-this-sweep");
        assertThat(run("sweep", gridSweep().toString(), "--out", target.toString(), "--quiet", "--resume")).isEqualTo(3);
        assertThat(err).contains("work of a different sweep").contains("--force");
        assertThat(files(work)).containsExactly("build", "fingerprint");
        assertThat(Files.exists(target)).isFalse();
    }

    /** The launcher rebuilds when sources change: a journal of the old build must not be resumed by the new one. */
    @Test
    void resumeRefusesTheJournalOfAnotherBuildNamingBoth() throws Exception {
        Path f = gridSweep();
        Path target = dir.resolve("rebuilt");
        Path work = SweepJournal.folderFor(target);
        SweepSpec spec = SweepLoader.load(f);
        SweepJournal journal = SweepJournal.create(work, spec.fingerprint());
        assertThat(Files.readString(work.resolve("build")).trim()).isEqualTo(org.alliancesim.BuildId.get());
        journal.write(0, "a row of the old build\n");
        Files.writeString(work.resolve("build"), "0.0.9+0123456789ab\n");
        assertThat(run("sweep", f.toString(), "--out", target.toString(), "--quiet", "--resume")).isEqualTo(3);
        assertThat(err).contains("written by build 0.0.9+0123456789ab")
                .contains("this is build " + org.alliancesim.BuildId.get()).contains("--force");
        assertThat(journal.chunk(0)).hasContent("a row of the old build");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void anExistingOutputIsRefusedWithoutForce() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "mine");
        assertThat(run("sweep", gridSweep().toString(), "--out", target.toString(), "--quiet")).isEqualTo(3);
        assertThat(err).contains("already exists and is not empty").contains("--force");
        assertThat(files(target)).containsExactly("keep.txt");
    }

    @Test
    void anUnknownPathExitsTwoNamingTheSweepFileLineAndField() throws IOException {
        Path f = sweep("bad.yaml", "design: grid", """
                  - path: states.IRN.perceives.XYZ
                    values: [0.1]
                """);
        Path target = dir.resolve("never");
        assertThat(run("sweep", f.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err).contains(f + ":10:").contains("vary[0].path").contains("unknown state 'XYZ'");
        assertThat(Files.exists(target)).isFalse();
        assertThat(Files.exists(SweepJournal.folderFor(target))).isFalse();

        Path g = sweep("bad2.yaml", "design: grid", """
                  - path: states.IRX.power.economy
                    values: [1]
                  - path: parameters.balanceOfThreat.threatHalff
                    values: [0.1]
                """);
        assertThat(run("sweep", g.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err).contains(g + ":10:").contains("no element with id 'IRX'")
                .contains(g + ":12:").contains("vary[1].path").contains("unknown field 'threatHalff'");
    }

    @Test
    void badRangesAndOutOfRangeValuesExitTwoNamingTheField() throws IOException {
        Path f = sweep("bad.yaml", "design: grid", """
                  - path: events[0].value
                    from: 0.5
                    to: 0.1
                    step: 0.1
                  - path: states.RUS.power.economy
                    from: 1
                    to: 2
                    step: 0
                """);
        assertThat(run("sweep", f.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err).contains(f + ":12:").contains("vary[0].to")
                .contains(f + ":17:").contains("vary[1].step");
        Path g = sweep("bad2.yaml", "design: sobol\npoints: 4", """
                  - path: events[0].value
                    min: 0.5
                    max: 1.5
                """);
        assertThat(run("sweep", g.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err).contains(g + ":11:").contains("vary[0].path")
                .contains("events[0].value = 1.5").contains("between 0 and 1");
        Path h = sweep("bad3.yaml", "design: latin-hypercube", """
                  - path: events[0].value
                    min: 0.5
                    max: 0.2
                """);
        assertThat(run("sweep", h.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err).contains("points").contains(h + ":12:").contains("vary[0].max");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void aBadOrRepeatedColumnNameExitsTwoNamingTheField() throws IOException {
        Path f = sweep("names.yaml", "design: grid", """
                  - path: events[0].value
                    name: 2nd value
                    values: [0.1]
                  - path: states.RUS.power.economy
                    name: theory
                    values: [900]
                  - path: states.IRN.credibility.RUS
                    name: trust
                    values: [0.5]
                  - path: parameters.balanceOfThreat.threatHalf
                    name: trust
                    values: [0.1]
                """);
        assertThat(run("sweep", f.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err).contains(f + ":11:").contains("vary[0].name").contains("a column name")
                .contains(f + ":14:").contains("vary[1].name").contains("already a column")
                .contains(f + ":20:").contains("vary[3].name").contains("given twice");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }
}
