package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alliancesim.output.OutputMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --force} never deletes what alliance-sim did not write: it refuses {@code .}, {@code ..},
 * an empty path, any ancestor of the working folder, any folder holding an input, and any folder
 * without the output marker (exit 2, nothing touched). The cases that name the working folder run
 * in a child JVM whose working folder is a scratch copy, so a regression cannot delete the checkout.
 */
@org.alliancesim.Slow // starts child JVMs: in mvn verify, not the everyday suite
class ForceGuardTest {
    private static final Path SCENARIO = Path.of("scenarios/iran-russia.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private static List<String> runArgs(String scenario, String out, String... extra) {
        List<String> a = new ArrayList<>(List.of("run", scenario, "--out", out, "--reps", "1", "--steps", "4",
                "--theory", "balance-of-threat", "--quiet", "--threads", "1"));
        a.addAll(List.of(extra));
        return a;
    }

    /** Runs the CLI in a child JVM working in {@code cwd}. */
    private static CliRun inFolder(Path cwd, List<String> args) throws Exception {
        Process p = new ProcessBuilder(CompleteRun.javaCommand(args.toArray(String[]::new))).directory(cwd.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CliRun(p.exitValue(), "", output);
    }

    /** A scratch working folder holding a copy of the scenario and a file that must survive. */
    private Path workingFolder() throws IOException {
        Path cwd = Files.createDirectories(dir.resolve("parent/cwd"));
        Files.copy(SCENARIO, cwd.resolve("s.yaml"));
        Files.writeString(cwd.resolve("precious.txt"), "keep me");
        return cwd;
    }

    @Test
    void dotAndDotDotAreRefused() throws Exception {
        Path cwd = workingFolder();
        for (String out : List.of(".", "..", "./", "../cwd", dir.toString())) {
            CliRun r = inFolder(cwd, runArgs("s.yaml", out, "--force"));
            assertThat(r.exit()).as(out + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("--force refuses to replace " + Path.of(out)).contains("working folder")
                    .doesNotContain("\tat ");
            assertThat(cwd.resolve("precious.txt")).hasContent("keep me");
            assertThat(cwd.resolve("s.yaml")).exists();
        }
    }

    @Test
    void anEmptyOutIsRefusedWithOrWithoutForce() {
        for (String cmd : List.of("run", "compare")) {
            for (boolean force : List.of(false, true)) {
                List<String> a = runArgs(SCENARIO.toString(), "");
                a.set(0, cmd);
                if (force) {
                    a.add("--force");
                }
                if (cmd.equals("compare")) {
                    a.removeAll(List.of("--steps", "4"));
                }
                CliRun r = CliRun.of(a.toArray(String[]::new));
                assertThat(r.exit()).as(r.err()).isEqualTo(2);
                assertThat(r.err()).contains("--out is empty");
            }
        }
        CliRun s = CliRun.of("sweep", "scenarios/sweeps/iran-detente.yaml", "--out", "", "--force", "--quiet");
        assertThat(s.exit()).as(s.err()).isEqualTo(2);
        assertThat(s.err()).contains("--out is empty");
    }

    @Test
    void aFolderHoldingTheScenarioIsRefused() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs/deep"));
        Path scenario = Files.copy(SCENARIO, inputs.resolve("s.yaml"));
        OutputMarker.write(dir.resolve("inputs"));
        CliRun r = CliRun.of(runArgs(scenario.toString(), dir.resolve("inputs").toString(), "--force").toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("holds the input " + scenario);
        assertThat(scenario).exists();
    }

    @Test
    void aFolderHoldingTheSweepFileIsRefused() throws IOException {
        Path scenario = Files.copy(SCENARIO, dir.resolve("s.yaml"));
        Path sweep = Files.writeString(dir.resolve("sw.yaml"), "scenario: s.yaml\nreplications: 1\nsteps: 4\n"
                + "vary:\n  - path: states.RUS.power.economy\n    values: [1000, 2000]\n");
        OutputMarker.write(dir);
        CliRun r = CliRun.of("sweep", sweep.toString(), "--out", dir.toString(), "--force", "--quiet", "--threads", "1");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--force refuses to replace").contains("holds the input");
        assertThat(sweep).exists();
        assertThat(scenario).exists();
    }

    @Test
    void aFolderWithoutTheMarkerIsRefusedAndNamed() throws IOException {
        Path out = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRun r = CliRun.of(runArgs(SCENARIO.toString(), out.toString(), "--force").toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("was not written by alliance-sim").contains(OutputMarker.NAME)
                .contains("--force only replaces folders alliance-sim wrote");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void anOutputFolderIsMarkedAndForceReplacesIt() throws IOException {
        Path out = dir.resolve("out");
        String[] args = runArgs(SCENARIO.toString(), out.toString(), "--force").toArray(String[]::new);
        assertThat(CliRun.of(args).exit()).isZero();
        assertThat(OutputMarker.present(out)).isTrue();
        Files.writeString(out.resolve("extra.txt"), "x");
        CliRun again = CliRun.of(args);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(out.resolve("extra.txt")).doesNotExist();
        assertThat(OutputMarker.present(out)).isTrue();
    }

    @Test
    void replayRefusesToOverwriteItsEventsFile() throws IOException {
        Path events = Files.writeString(dir.resolve("e.csv"), "date,event\n2000-01-01,x\n");
        CliRun r = CliRun.of("replay", "scenarios/history/iran-russia-1992-2016.yaml", "--pair", "IRN,RUS",
                "--events", events.toString(), "--reps", "1", "--out", dir.resolve("e.png").toString(), "--force");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("it is the input " + events);
        assertThat(events).hasContent("date,event\n2000-01-01,x\n");
    }
}
