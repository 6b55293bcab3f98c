package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alliancesim.output.DatedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    @TempDir
    Path dir;

    private Path scenario;

    @BeforeEach
    void importFixture() {
        scenario = dir.resolve("s.yaml");
        CliRun cli = CliRun.of("import", "--nmc", ImportCommandTest.NMC, "--capdist", ImportCommandTest.CAPDIST,
                "--ideal", ImportCommandTest.IDEAL, "--from", "2015", "--to", "2016", "--states", "IRN,RUS,USA",
                "--focal", "IRN", "--settle", "0", "--out", scenario.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
    }

    @Test
    void writesChartSvgAndTheNumbersReproducibly() throws Exception {
        Path events = dir.resolve("events.csv");
        Files.writeString(events, "date,event,source_url\n2014-05,before the run,x\n2015-09-30,inside,y\n2016,also inside,z\n2017,after,w\n");
        CliRun a = CliRun.of("replay", scenario.toString(), "--pair", "IRN,RUS", "--events", events.toString(),
                "--reps", "3", "--out", dir.resolve("a.png").toString());
        CliRun b = CliRun.of("replay", scenario.toString(), "--pair", "IRN,RUS", "--events", events.toString(),
                "--reps", "3", "--out", dir.resolve("b.png").toString());

        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).isZero();
        assertThat(a.out()).contains("2 events drawn");
        assertThat(dir.resolve("a.png")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("a.svg"))).contains("<svg", "IRN–RUS");
        List<String> csv = Files.readAllLines(dir.resolve("a.csv"));
        assertThat(csv).hasSize(1 + 2 * 2).first().isEqualTo("theory,step,year,mean,lowest,highest");
        assertThat(csv.get(1)).startsWith("balance-of-threat,0,2015,");
        assertThat(csv.get(3)).startsWith("schweller-bandwagoning,0,2015,");
        assertThat(Files.readAllLines(dir.resolve("b.csv"))).isEqualTo(csv);
    }

    @Test
    void aPairWhoseFirstStateIsNotFocalExitsTwo() {
        CliRun cli = CliRun.of("replay", scenario.toString(), "--pair", "RUS,IRN", "--out", dir.resolve("x.png").toString());

        int code = cli.exit();

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("the first state must be focal");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void datesBecomeDecimalYears() {
        assertThat(new DatedEvent("2010", "x").year()).isEqualTo(2010.0);
        assertThat(new DatedEvent("2010-07", "x").year()).isEqualTo(2010.5);
        assertThat(new DatedEvent("2016-04-11", "x").year()).isBetween(2016.25, 2016.3);
    }
}
