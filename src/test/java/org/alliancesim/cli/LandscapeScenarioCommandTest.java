package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landscape --scenario FILE [--step T]}: the landscape the simulation derives from a scenario. */
class LandscapeScenarioCommandTest {

    private static String[] capture(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new String[] {Integer.toString(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theDefaultScenarioSplitsTheUnitedStatesFromTheOthers(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("l");
        String[] r = capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--out", out.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Side A: IRN, RUS, CHN", "Side B: USA");
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
        assertThat(capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "12", "--seed", "7",
                "--out", derived.toString())[0]).isEqualTo("0");
        assertThat(capture("landscape", "--sizes", derived.resolve("sizes.csv").toString(), "--propensities",
                derived.resolve("propensities.csv").toString(), "--out", again.toString())[0]).isEqualTo("0");
        assertThat(Files.readString(again.resolve("minima.csv"))).isEqualTo(Files.readString(derived.resolve("minima.csv")));
        assertThat(again.resolve("sizes.csv")).doesNotExist();
    }

    @Test
    void laterStepsDependOnTheSeedOnlyThroughPerceptionNoise(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "0", "--seed", "1", "--out", a.toString());
        capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "0", "--seed", "2", "--out", b.toString());
        capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "20", "--seed", "2", "--out", c.toString());
        assertThat(Files.readString(b.resolve("propensities.csv"))).isEqualTo(Files.readString(a.resolve("propensities.csv")));
        assertThat(Files.readString(c.resolve("propensities.csv"))).isNotEqualTo(Files.readString(a.resolve("propensities.csv")));
    }

    @Test
    void badInputExitsWithTwoAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("never");
        String[] step = capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--step", "100", "--out", out.toString());
        assertThat(step[0]).isEqualTo("2");
        assertThat(step[2]).contains("--step must be 0 to 99");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), Files.readString(Path.of("scenarios/iran-russia.yaml"))
                .replace("parameters:\n", "parameters:\n  landscape: {gains: -3}\n"));
        String[] yaml = capture("landscape", "--scenario", bad.toString(), "--out", out.toString());
        assertThat(yaml[0]).isEqualTo("2");
        assertThat(yaml[2]).contains("bad.yaml", "parameters.landscape.gains");
        String[] both = capture("landscape", "--scenario", "scenarios/iran-russia.yaml", "--sizes", "x.csv",
                "--propensities", "y.csv", "--out", out.toString());
        assertThat(both[0]).isEqualTo("2");
        assertThat(both[2]).contains("not both");
        String[] none = capture("landscape", "--out", out.toString());
        assertThat(none[0]).isEqualTo("2");
        assertThat(out).doesNotExist();
    }
}
