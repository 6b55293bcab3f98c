package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.scenario.StateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command on the real files in ../shared/data (skipped, with a message, when absent). */
class ImportRealDataTest {
    static final Path DATA = Path.of("..", "shared", "data");
    static final String NMC = DATA.resolve("NMC-60-abridged.csv").toString();
    static final String CAPDIST = DATA.resolve("capdist.csv").toString();
    static final String IDEAL = DATA.resolve("IdealpointestimatesAll_Jun2024.csv").toString();

    @TempDir
    Path dir;


    private static void needRealData() {
        for (String f : List.of(NMC, CAPDIST, IDEAL)) {
            assumeTrue(Files.isReadable(Path.of(f)), () -> "skipped: real data file " + Path.of(f).toAbsolutePath()
                    .normalize() + " not present (tests use ../shared/data when available)");
        }
    }

    @Test
    void iranRussiaUsChina2016HaveCincPowerAndCapdistDistances() throws Exception {
        needRealData();
        Path out = dir.resolve("four.yaml");

        CliRun cli = CliRun.of("import", "--nmc", NMC, "--capdist", CAPDIST, "--ideal", IDEAL, "--year", "2016",
                "--states", "IRN,RUS,USA,CHN", "--focal", "IRN", "--out", out.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        Scenario s = ScenarioLoader.load(out);
        // COW's own cinc column for 2016 (shared data README): the mean of the three dimensions
        Map<String, Double> cinc = Map.of("USA", 0.13306, "RUS", 0.03647, "CHN", 0.23062, "IRN", 0.01535);
        for (StateSpec st : s.states()) {
            Map<String, Double> p = st.power();
            double mean = (p.get("population") + p.get("economy") + p.get("military")) / 300;
            assertThat(mean).as(st.id()).isCloseTo(cinc.get(st.id()), within(6e-6));
        }
        assertThat(s.distances().get("IRN-RUS")).isEqualTo(2463.0);   // Moscow-Tehran
        assertThat(s.distances().get("IRN-USA")).isEqualTo(10233.0);  // Washington-Tehran
        assertThat(s.states().get(0).name()).isEqualTo("Iran");
    }

    @Test
    void theCommittedReplayScenarioIsExactlyWhatItsCommandGenerates() throws Exception {
        needRealData();
        Path committed = Path.of("scenarios", "history", "iran-russia-1992-2016.yaml");
        assumeTrue(Files.isReadable(committed), "skipped: run from the project folder");
        Path out = dir.resolve("replay.yaml");

        CliRun cli = CliRun.of("import", "--nmc", NMC, "--capdist", CAPDIST, "--ideal", IDEAL, "--from", "1992",
                "--to", "2016", "--states", "IRN,RUS,USA,CHN", "--focal", "IRN", "--name", "iran-russia-1992-2016",
                "--template", "scenarios/history/iran-russia-template.yaml", "--settle", "0", "--out", out.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        List<String> fresh = Files.readAllLines(out);
        List<String> kept = Files.readAllLines(committed);
        assertThat(kept.get(1)).startsWith("#   alliance-sim import --nmc ../shared/data/NMC-60-abridged.csv");
        assertThat(fresh.subList(2, fresh.size())).isEqualTo(kept.subList(2, kept.size()));
    }

    @Test
    void everyStateIn2016ImportsValidatesAndRuns() throws Exception {
        needRealData();
        Path out = dir.resolve("all.yaml");

        CliRun cli = CliRun.of("import", "--nmc", NMC, "--capdist", CAPDIST, "--ideal", IDEAL, "--year", "2016",
                "--states", "all", "--focal", "IRN", "--out", out.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.err())
                .contains("not in the capdist file, so their distances are great-circle km between the bundled capitals: "
                        + "KOS, SSD, KIR, TUV, TON, NAU")
                .contains("no UN ideal point in session 71 (2016) for: KOS, TAW;");
        Scenario s = ScenarioLoader.load(out);
        assertThat(s.states()).hasSize(195);
        assertThat(s.distances()).hasSize(189 * 188 / 2);
        // every state's mean of the three dimensions is COW's own cinc column, missing components included
        var nmc = org.alliancesim.data.NmcData.read(Path.of(NMC));
        for (StateSpec st : s.states()) {
            var row = nmc.forYear(2016).stream().filter(x -> x.stateabb().equals(st.id())).findFirst().orElseThrow();
            Map<String, Double> p = st.power();
            double mean = (p.get("population") + p.get("economy") + p.get("military")) / 300;
            assertThat(mean).as(st.id()).isCloseTo(row.cinc().getAsDouble(), within(1e-5));
        }
        var r = org.alliancesim.experiment.Replication.run(s, "balance-of-threat", 0, 1L, 3, List.of());
        assertThat(r.focalPairs()).hasSize(194);
    }
}
