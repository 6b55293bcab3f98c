package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alliancesim.experiment.Replication;
import org.alliancesim.history.HistoricalData;
import org.alliancesim.history.HistoricalWorlds;
import org.alliancesim.history.MappingParams;
import org.alliancesim.history.Settling;
import org.alliancesim.history.YearWorld;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.scenario.StateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --data DIR} on the fixture folder src/test/resources/data/history (four invented states). */
class ImportDataCommandTest {
    static final Path DATA = fixture();

    private static Path fixture() {
        try {
            return org.alliancesim.history.HistoryFixture.folder();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path dir;

    private CliRun cli;

    private int importing(Path out, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--data", data.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        cli = CliRun.of(args.toArray(String[]::new));
        return cli.exit();
    }

    @Test
    void oneYearWritesEveryInputAsTheInMemoryWorldHasIt() throws Exception {
        Path out = dir.resolve("y.yaml");

        int code = importing(out, DATA, "--year", "1872", "--states", "all");

        assertThat(code).as(cli.err()).isZero();
        Scenario s = ScenarioLoader.load(out);
        YearWorld w = new HistoricalWorlds(HistoricalData.load(DATA), MappingParams.DEFAULTS).world(1872);
        assertThat(s.states()).extracting(StateSpec::id).containsExactly("AAA", "BBB", "CCC", "DDD");
        assertThat(s.time().steps()).isEqualTo(Settling.DEFAULT_STEPS + 1);
        assertThat(s.time().label(Settling.DEFAULT_STEPS)).isEqualTo("1872");
        for (int i = 0; i < s.states().size(); i++) {
            StateSpec a = s.states().get(i);
            StateSpec b = w.scenario().states().get(i);
            assertThat(a.lat()).isEqualTo(b.lat());
            assertThat(a.reach()).isEqualTo(b.reach());
            assertThat(a.offense()).isEqualTo(Math.round(b.offense() * 1000) / 1000.0);
            assertThat(a.identity()).isEqualTo(b.identity());
            assertThat(a.regime()).isEqualTo(b.regime());
            assertThat(a.trade().keySet()).isEqualTo(b.trade().keySet());
            assertThat(a.gains().keySet()).isEqualTo(b.gains().keySet());
            b.perceives().forEach((k, v) -> assertThat(a.perceives().get(k)).isEqualTo(Math.round(v * 1000) / 1000.0));
        }
        assertThat(s.distances().get("AAA-BBB")).isCloseTo(w.covariates().distanceKm(0, 1), org.assertj.core.data.Offset.offset(0.05));
        assertThat(Files.readString(out)).contains("cow-states.csv", "Steps 0-29 (labelled 1842-1871) hold 1872's inputs");
        assertThat(Replication.run(s, "identity", 0, 1L, s.time().steps(), List.of()).steps()).isEqualTo(31);
    }

    @Test
    void aStateThatNoLongerExistsCanBeImportedForItsYearsAndNotAfter() throws Exception {
        assertThat(importing(dir.resolve("a.yaml"), DATA, "--year", "1872", "--states", "CCC,AAA")).isZero();
        assertThat(ScenarioLoader.load(dir.resolve("a.yaml")).states()).extracting(StateSpec::id)
                .containsExactly("CCC", "AAA");

        int code = importing(dir.resolve("b.yaml"), DATA, "--year", "1876", "--states", "CCC,AAA,ZZZ");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("not COW state abbreviations (cow-states.csv): ZZZ");
        assertThat(dir.resolve("b.yaml")).doesNotExist();
        assertThat(importing(dir.resolve("c.yaml"), DATA, "--year", "1876", "--states", "CCC,AAA")).isEqualTo(2);
        assertThat(cli.err()).contains("not in the COW state system in 1876: CCC");
    }

    @Test
    void aTrajectoryFollowsIntentTradeAndRegimeChange() throws Exception {
        Path out = dir.resolve("t.yaml");

        int code = importing(out, DATA, "--from", "1873", "--to", "1876", "--states", "all", "--settle", "5");

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.err()).contains("left out: CCC\n");
        Scenario s = ScenarioLoader.load(out);
        assertThat(s.time().start()).isEqualTo(1868);
        assertThat(s.time().steps()).isEqualTo(5 + 4);
        assertThat(s.states()).extracting(StateSpec::id).containsExactly("AAA", "BBB", "DDD");
        StateSpec bbb = s.states().get(1);
        assertThat(bbb.regime()).isEqualTo("democracy");
        assertThat(bbb.factions()).containsOnlyKeys("democracy", "autocracy");
        assertThat(s.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventSpec.Type.REGIME);
            assertThat(e.state()).isEqualTo("BBB");
            assertThat(e.faction()).isEqualTo("autocracy");
            assertThat(e.rampEnd()).isEqualTo(7);
        });
        assertThat(s.time().label(7)).isEqualTo("1875");
        // AAA's perception of BBB decays year by year after the 1872 dispute
        List<EventSpec> decay = s.events().stream().filter(e -> e.type() == EventSpec.Type.INTENT
                && e.state().equals("AAA") && e.partner().equals("BBB")).toList();
        assertThat(decay).hasSize(3);
        assertThat(decay.get(0).value()).isGreaterThan(decay.get(2).value());
        assertThat(decay).extracting(EventSpec::rampStart).containsExactly(5, 6, 7);
        assertThat(Replication.run(s, "balance-of-threat", 0, 1L, s.time().steps(), List.of()).steps()).isEqualTo(9);
    }

    @Test
    void the1914WorldImportsFromTheRealDataAndRuns() throws Exception {
        Path real = Path.of("..", "shared", "data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(real.resolve(HistoricalData.TRADE)),
                "skipped: real data not present in ../shared/data");
        Path out = dir.resolve("y1914.yaml");

        int code = importing(out, real, "--year", "1914", "--states", "all");

        assertThat(code).as(cli.err()).isZero();
        Scenario s = ScenarioLoader.load(out);
        assertThat(s.states()).hasSize(45).extracting(StateSpec::id).contains("AUH", "GMY", "RUS", "UKG", "FRN", "YUG");
        StateSpec usa = s.states().get(s.indexOf("USA"));
        assertThat(usa.trade()).as("1914 trade is carried from 1913").containsKeys("UKG", "GMY", "FRN");
        assertThat(cli.err()).doesNotContain("no inputs for");
        cli = CliRun.of("run", out.toString(), "--reps", "1", "--out", dir.resolve("run").toString());
        assertThat(cli.exit()).isZero();
    }

    @Test
    void aTemplateOverridesDataFieldsAndPairs() throws Exception {
        Path tpl = dir.resolve("tpl.yaml");
        Files.writeString(tpl, "defaultModule: identity\nstates:\n  AAA:\n    trade: {BBB: 0.9}\n"
                + "    perceives: {BBB: 0.01}\n    revisionism: limited\n");
        Path out = dir.resolve("t.yaml");

        int code = importing(out, DATA, "--year", "1872", "--states", "all", "--template", tpl.toString());

        assertThat(code).as(cli.err()).isZero();
        Scenario s = ScenarioLoader.load(out);
        StateSpec aaa = s.states().get(0);
        assertThat(s.defaultModule()).isEqualTo("identity");
        assertThat(aaa.trade()).containsOnlyKeys("BBB").containsEntry("BBB", 0.9);
        assertThat(aaa.perceives()).containsEntry("BBB", 0.01).containsKey("CCC");
        assertThat(aaa.revisionism()).isEqualTo(org.alliancesim.world.Revisionism.LIMITED);
        assertThat(aaa.reach()).as("data fields the template leaves alone stay").isEqualTo(3);
    }

    @Test
    void theoriesWithoutInputsAreNamed() throws Exception {
        int code = importing(dir.resolve("w.yaml"), DATA, "--year", "1872", "--states", "all",
                "--without", "trade,gains,identity");

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.err()).contains("warning: no inputs for interdependence: every trade share is 0",
                "warning: no inputs for schweller-bandwagoning, balance-of-interests: every expected gain is 0",
                "warning: no inputs for identity: no state has identity traits")
                .doesNotContain("balance-of-threat");
        assertThat(importing(dir.resolve("x.yaml"), DATA, "--year", "1872", "--states", "all", "--without", "tariffs"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("unknown input 'tariffs'");
    }

    @Test
    void aBrokenDataFileExitsTwoNamingFileLineAndColumnAndWritesNothing() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path rivals = data.resolve(HistoricalData.RIVALRIES);
        Files.writeString(rivals, Files.readString(rivals) + "4,Beta-Delta,20,40,1880,18x0,Test,spatial,,\n");
        Path out = dir.resolve("o.yaml");

        int code = importing(out, data, "--year", "1872", "--states", "all");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("rivalries-thompson-dreyer.csv:5:6: endyear: not an integer");
        assertThat(out).doesNotExist();
    }

    @Test
    void yearsOutsideTheDataAndMixedOptionsAreRejected() {
        assertThat(importing(dir.resolve("o.yaml"), DATA, "--year", "1950", "--states", "all")).isEqualTo(2);
        assertThat(cli.err()).contains("year 1950 is outside the data's coverage 1870-1880");
        cli = CliRun.of("import", "--data", DATA.toString(), "--nmc", "x.csv", "--year", "1872", "--states", "all");
        assertThat(cli.exit())
                .isEqualTo(2);
        assertThat(cli.err()).contains("not both");
    }
}
