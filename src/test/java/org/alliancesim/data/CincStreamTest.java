package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CincStream} writes the same bytes as the in-memory path while holding at most one batch
 * of rows: generated NMC files of 6,000 to 18,000 rows (seeded), read in batches far smaller than
 * the file, so memory is shown independent of the file's length by the rows held, not by timing.
 */
class CincStreamTest {

    @TempDir Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aGeneratedFileGivesTheInMemoryBytesHoldingAtMostOneBatch(long seed) throws IOException {
        Random rng = new Random(seed);
        int states = 100 + rng.nextInt(200);
        int years = 60;
        Path nmc = CincStreamTestFiles.generate(dir.resolve("nmc.csv"), seed, states, years);
        int batch = 2_000 + rng.nextInt(4_000);

        StringWriter out = new StringWriter();
        CincStream.Report report = CincStream.write(nmc, out, batch);

        String expected = CincCsv.toCsv(CincCalculator.compute(NmcReader.read(nmc)));
        assertThat(out.toString()).isEqualTo(expected);
        assertThat(report.rows()).isEqualTo((long) states * years);
        int yearsPerBatch = Math.max(1, batch / states);
        assertThat(report.mostRowsHeld()).isLessThanOrEqualTo(Math.max(batch, states));
        assertThat(report.passes()).isEqualTo(1 + (years + yearsPerBatch - 1) / yearsPerBatch);
        assertThat(out.toString().lines().count()).isEqualTo((long) states * years + 1);
    }

    @Test
    void aYearLargerThanTheBatchIsHeldWholeAndStillCorrect() throws IOException {
        Path nmc = CincStreamTestFiles.generate(dir.resolve("nmc.csv"), 9, 500, 4);
        StringWriter out = new StringWriter();
        CincStream.Report report = CincStream.write(nmc, out, 100);
        assertThat(out.toString()).isEqualTo(CincCsv.toCsv(CincCalculator.compute(NmcReader.read(nmc))));
        assertThat(report.mostRowsHeld()).isEqualTo(500);
        assertThat(report.passes()).isEqualTo(5);
    }

    @Test
    void aDuplicateStateYearInALaterBatchIsReportedAtItsLine() throws IOException {
        Path nmc = dir.resolve("dup.csv");
        StringBuilder text = new StringBuilder("stateabb,ccode,year,milex,milper,irst,pec,tpop,upop\n");
        for (int y = 1900; y < 1950; y++) {
            text.append("AAA,2,").append(y).append(",1,2,3,4,5,6\n");
            text.append("BBB,20,").append(y).append(",1,2,3,4,5,6\n");
        }
        text.append("BBB,20,1940,1,2,3,4,5,6\n"); // line 102 repeats line 83
        Files.writeString(nmc, text);
        assertThatThrownBy(() -> CincStream.write(nmc, new StringWriter(), 4))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("dup.csv:102:3: year: duplicate state-year ccode 20, year 1940 (first on line 83)");
    }

    @Test
    void aBadRowIsFoundInTheFirstPassBeforeAnythingIsWritten() throws IOException {
        Path nmc = CincStreamTestFiles.generate(dir.resolve("nmc.csv"), 3, 50, 40);
        Files.writeString(nmc, "ZZZ,999,1820,1,2,3,-4,5,6,-9,2021\n", java.nio.file.StandardOpenOption.APPEND);
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> CincStream.write(nmc, out, 100))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("nmc.csv:2002:")
                .hasMessageContaining("negative value -4");
        assertThat(out.toString()).isEmpty();
    }
}
