package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancesim.data.CincCalculator;
import org.alliancesim.data.CincValue;
import org.alliancesim.data.NmcData;
import org.alliancesim.experiment.Replication;
import org.alliancesim.history.Settling;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.scenario.StateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command on small fixtures in the real files' layouts. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private CliRun cli;

    static Path resource(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static final String NMC = resource("/importer/nmc-import.csv").toString();
    static final String CAPDIST = resource("/data/capdist-fixture.csv").toString();
    static final String IDEAL = resource("/importer/ideal-import.csv").toString();

    private int importing(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--nmc", NMC, "--capdist", CAPDIST, "--out", out.toString()));
        args.addAll(List.of(more));
        cli = CliRun.of(args.toArray(String[]::new));
        return cli.exit();
    }

    @Test
    void oneYearImportValidatesRunsAndRecordsItsSources() throws Exception {
        Path out = dir.resolve("four.yaml");

        int code = importing(out, "--ideal", IDEAL, "--year", "2016", "--states", "IRN,RUS,USA,CHN", "--focal", "IRN");

        assertThat(code).as(cli.err()).isZero();
        Scenario s = ScenarioLoader.load(out);
        assertThat(s.states()).extracting(StateSpec::id).containsExactly("IRN", "RUS", "USA", "CHN");
        assertThat(s.focal()).containsExactly("IRN");
        // the default settling steps come before 2016, whose inputs they hold; the last step is 2016
        assertThat(s.time().start()).isEqualTo(2016 - Settling.DEFAULT_STEPS);
        assertThat(s.time().steps()).isEqualTo(Settling.DEFAULT_STEPS + 1);
        assertThat(s.time().label(Settling.DEFAULT_STEPS)).isEqualTo("2016");
        assertThat(s.distances()).containsEntry("IRN-RUS", 2460.0).containsEntry("USA-CHN", 11150.0);
        String text = Files.readString(out);
        assertThat(text).contains("# Sources:", "nmc-import.csv", "capdist-fixture.csv", "ideal-import.csv",
                "--year 2016 --states IRN,RUS,USA,CHN", "Singer, Bremer & Stuckey 1972", "Gleditsch & Ward 2001",
                "Bailey, Strezhnev & Voeten 2017");
        // session 71: IRN -1.8, RUS -0.6, USA 3.0 -> intents 1.2/4 and 4.8/4 clipped to 1
        StateSpec irn = s.states().get(0);
        assertThat(irn.perceives()).containsEntry("RUS", 0.3).containsEntry("USA", 1.0).doesNotContainKey("CHN");
        assertThat(irn.name()).isEqualTo("Iran");
        Replication.Result r = Replication.run(s, "balance-of-threat", 0, 7L, 5, List.of());
        assertThat(r.focalCommitment()[0]).hasSize(5);
        assertThat(java.util.Arrays.stream(r.focalCommitment()[0]).boxed().toList()).allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
    }

    @Test
    void wholeSystemPowerEqualsCowsCinc() throws Exception {
        Path out = dir.resolve("all.yaml");

        assertThat(importing(out, "--year", "2015", "--states", "all")).as(cli.err()).isZero();

        Scenario s = ScenarioLoader.load(out);
        NmcData nmc = NmcData.read(Path.of(NMC));
        List<CincValue> cinc = CincCalculator.computeYear(nmc.forYear(2015));
        assertThat(s.states()).hasSize(cinc.size());
        for (CincValue v : cinc) {
            Map<String, Double> p = s.states().stream().filter(st -> st.id().equals(v.stateabb())).findFirst()
                    .orElseThrow().power();
            double mean = (p.get("population") + p.get("economy") + p.get("military")) / 300;
            assertThat(mean).as(v.stateabb()).isCloseTo(v.cinc().getAsDouble(), within(1e-6));
        }
    }

    @Test
    void statesMissingFromCapdistOrTheUnDataAreNamed() throws Exception {
        Path out = dir.resolve("all.yaml");

        int code = importing(out, "--ideal", IDEAL, "--year", "2016", "--states", "all");

        assertThat(code).as(cli.err()).isZero();
        String err = cli.err();
        assertThat(err).containsPattern("warning: not in the capdist file.*: KOS\\R");
        assertThat(err).containsPattern("warning: no UN ideal point in session 71 \\(2016\\) for: KOS, CHN;");
        assertThat(ScenarioLoader.load(out).states()).hasSize(6);
    }

    @Test
    void aStateWithNoNmcRowIsAnErrorNamingItAndNothingIsWritten() {
        Path out = dir.resolve("x.yaml");

        int code = importing(out, "--year", "2016", "--states", "IRN,XYZ,RUS,QQQ");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("no NMC row in 2016 for: XYZ, QQQ");
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aYearOutsideTheDataExitsTwoWithoutOutput() {
        Path out = dir.resolve("x.yaml");

        int code = importing(out, "--year", "1816", "--states", "all");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("year 1816 is not in the NMC data (it covers 2015-2016)");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aTrajectoryFollowsTheYearlyShares() throws Exception {
        Path traj = dir.resolve("traj.yaml");
        Path y2016 = dir.resolve("y2016.yaml");

        assertThat(importing(traj, "--ideal", IDEAL, "--from", "2015", "--to", "2016", "--states", "IRN,RUS,USA,UKG",
                "--settle", "0"))
                .as(cli.err()).isZero();
        assertThat(importing(y2016, "--year", "2016", "--states", "IRN,RUS,USA,UKG")).isZero();

        Scenario s = ScenarioLoader.load(traj);
        Scenario later = ScenarioLoader.load(y2016);
        assertThat(s.time().start()).isEqualTo(2015);
        assertThat(s.time().steps()).isEqualTo(2);
        for (int k = 0; k < s.states().size(); k++) {
            for (String c : List.of("population", "economy", "military")) {
                double v = s.states().get(k).power().get(c);
                String id = s.states().get(k).id();
                for (EventSpec e : s.events()) {
                    if (e.type() == EventSpec.Type.POWER && e.state().equals(id) && e.component().equals(c)) {
                        assertThat(e.rampStart()).isZero();
                        assertThat(e.rampEnd()).isEqualTo(1);
                        v *= e.scale();
                    }
                }
                assertThat(v).as(id + " " + c).isCloseTo(later.states().get(k).power().get(c), within(1e-4 * v));
            }
        }
        // session 71 moves RUS to -0.6 and IRN to -1.8: IRN->RUS intent 1.1/4 -> 1.2/4
        assertThat(s.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventSpec.Type.INTENT);
            assertThat(e.state()).isEqualTo("IRN");
            assertThat(e.partner()).isEqualTo("RUS");
            assertThat(e.value()).isEqualTo(0.3);
        });
        assertThat(Replication.run(s, "schweller-bandwagoning", 0, 3L, 2, List.of()).steps()).isEqualTo(2);
    }

    @Test
    void aStateAbsentInPartOfTheTrajectoryIsNamed() {
        int code = importing(dir.resolve("x.yaml"), "--from", "2015", "--to", "2016", "--states", "IRN,KOS");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("no NMC row in 2015 for: KOS");
    }

    @Test
    void aTemplateAddsAssumptionsAndOverridesTheProxy() throws Exception {
        Path out = dir.resolve("t.yaml");

        int code = importing(out, "--ideal", IDEAL, "--from", "2015", "--to", "2016", "--states", "IRN,RUS,USA", "--settle", "0",
                "--focal", "IRN", "--template", resource("/importer/template.yaml").toString());

        assertThat(code).as(cli.err()).isZero();
        Scenario s = ScenarioLoader.load(out);
        StateSpec irn = s.states().get(0);
        assertThat(s.defaultModule()).isEqualTo("schweller-bandwagoning");
        assertThat(irn.perceives()).containsEntry("RUS", 0.05).containsEntry("USA", 1.0);
        assertThat(irn.gains().get("RUS").political()).isEqualTo(0.8);
        assertThat(s.events()).noneMatch(e -> e.type() == EventSpec.Type.INTENT && e.state().equals("IRN")
                && e.partner().equals("RUS"));
        assertThat(s.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventSpec.Type.CREDIBILITY);
            assertThat(e.rampStart()).isEqualTo(1);
        });
        assertThat(Files.readString(out)).contains("template.yaml");
    }

    @Test
    void aTemplateWithAnUnknownKeyIsRejectedWithItsLine() throws Exception {
        Path tpl = dir.resolve("bad.yaml");
        Files.writeString(tpl, "states:\n  IRN:\n    gainz: {}\n");

        int code = importing(dir.resolve("x.yaml"), "--year", "2016", "--states", "IRN,RUS", "--template", tpl.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("bad.yaml:3:").contains("gainz");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }
}
