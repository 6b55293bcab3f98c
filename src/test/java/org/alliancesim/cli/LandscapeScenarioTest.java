package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landscape --scenario FILE [--step T]}: the landscape the simulation derives from a scenario. */
class LandscapeScenarioTest {

    @Test
    void theDefaultScenarioSplitsTheUnitedStatesFromTheOthers(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("l");
        CliRun r = CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("Side A: IRN, RUS, CHN", "Side B: USA");
        assertThat(Files.readAllLines(out.resolve("minima.csv")))
                .first().isEqualTo("rank,energy,basin,IRN,RUS,USA,CHN");
        assertThat(Files.readAllLines(out.resolve("sizes.csv"))).hasSize(5).first().isEqualTo("actor,size");
        assertThat(Files.readAllLines(out.resolve("propensities.csv"))).hasSize(5);
        assertThat(out.resolve("frustration.csv")).exists();
    }

    @Test
    void theWrittenLandscapeReadsBackToTheSameMinima(@TempDir Path tmp) throws Exception {
        Path derived = tmp.resolve("derived");
        Path again = tmp.resolve("again");
        assertThat(CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "12", "--seed", "7",
                "--out", derived.toString()).exit()).isEqualTo(0);
        assertThat(CliRun.of("landscape", "--sizes", derived.resolve("sizes.csv").toString(), "--propensities",
                derived.resolve("propensities.csv").toString(), "--out", again.toString()).exit()).isEqualTo(0);
        assertThat(Files.readString(again.resolve("minima.csv"))).isEqualTo(Files.readString(derived.resolve("minima.csv")));
        assertThat(again.resolve("sizes.csv")).doesNotExist();
    }

    @Test
    void laterStepsDependOnTheSeedOnlyThroughPerceptionNoise(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "0", "--seed", "1", "--out", a.toString());
        CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "0", "--seed", "2", "--out", b.toString());
        CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "20", "--seed", "2", "--out", c.toString());
        assertThat(Files.readString(b.resolve("propensities.csv"))).isEqualTo(Files.readString(a.resolve("propensities.csv")));
        assertThat(Files.readString(c.resolve("propensities.csv"))).isNotEqualTo(Files.readString(a.resolve("propensities.csv")));
    }

    @Test
    void aScenarioWithUncertainInputsIsAnalysedAtItsMedians(@TempDir Path tmp) throws Exception {
        // validate and run accept it; landscape opened scenarios another way and refused it (issue 19.2)
        Path out = tmp.resolve("u");
        CliRun r = CliRun.of("landscape", "--scenario", "scenarios/iran-russia-uncertain.yaml", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("Side A: IRN, RUS, CHN", "Side B: USA");
        assertThat(Files.readAllLines(out.resolve("sizes.csv"))).hasSize(5);
    }

    @Test
    void badInputExitsWithTwoAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("never");
        CliRun step = CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "100", "--out", out.toString());
        assertThat(step.exit()).isEqualTo(2);
        assertThat(step.err()).contains("--step must be 0 to 99");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), Files.readString(Path.of("scenarios/iran-russia.yaml"))
                .replace("parameters:\n", "parameters:\n  landscape: {gains: -3}\n"));
        CliRun yaml = CliRun.of("landscape", "--scenario", bad.toString(), "--out", out.toString());
        assertThat(yaml.exit()).isEqualTo(2);
        assertThat(yaml.err()).contains("bad.yaml", "parameters.landscape.gains");
        CliRun both = CliRun.of("landscape", "--scenario", "scenarios/iran-russia.yaml", "--sizes", "x.csv",
                "--propensities", "y.csv", "--out", out.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        CliRun none = CliRun.of("landscape", "--out", out.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
