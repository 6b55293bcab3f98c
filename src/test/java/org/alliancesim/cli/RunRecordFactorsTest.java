package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --record factors}: every factor of both sides of every focal pair, consistent with series.csv. */
class RunRecordFactorsTest {
    @TempDir
    Path dir;

    @Test
    void factorsCsvHoldsBothSidesAndTheSameDesireAsTheSeries() throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("run", "--record", "factors", "--reps", "2", "--steps", "12", "--theory",
                "balance-of-threat", "--quiet", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> factors = Files.readAllLines(out.resolve("factors.csv"));
        assertThat(factors.get(0)).isEqualTo("theory,replication,step,time,state,partner,module,factor,value");
        String irnDesire = factors.stream().filter(l -> l.startsWith("balance-of-threat,1,11,2024Q4,IRN,RUS,balance-of-threat,desire,"))
                .findFirst().orElseThrow();
        assertThat(factors).anyMatch(l -> l.startsWith("balance-of-threat,1,11,2024Q4,RUS,IRN,balance-of-threat,supply: denying USA the partner,"));
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        String row = series.stream().filter(l -> l.startsWith("balance-of-threat,1,11,2024Q4,IRN,RUS,")).findFirst().orElseThrow();
        String desire = row.split(",")[7];
        assertThat(irnDesire.substring(irnDesire.lastIndexOf(',') + 1)).isEqualTo(desire);
        // series.csv keeps to the focal pairs, as --record focal does
        assertThat(series).noneMatch(l -> l.contains(",RUS,CHN,"));
    }
}
