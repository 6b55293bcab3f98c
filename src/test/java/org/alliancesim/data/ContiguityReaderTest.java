package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContiguityReaderTest {

    private static final String HEADER = "ccode1,ccode2,conttype,stdate,enddate\n";

    private static Contiguity parse(String csv) throws IOException {
        return ContiguityReader.read(new StringReader(csv), "contig.csv");
    }

    @Test
    void readsFixtureWithTypeZeroAsNotContiguous() throws IOException {
        Contiguity c = ContiguityReader.read(TestData.fixture("history/contiguity-direct.csv"));

        assertThat(c.type(2, 20, 1870)).isEqualTo(1);
        assertThat(c.type(20, 2, 1870)).isEqualTo(1);
        assertThat(c.type(20, 30, 1870)).isZero();
        assertThat(c.type(2, 30, 1875)).isEqualTo(4);
        assertThat(c.type(2, 30, 1876)).isZero();
    }

    @Test
    void readsTheRealFile() throws IOException {
        Contiguity c = ContiguityReader.read(TestData.real("contiguity-direct.csv"));

        assertThat(c.type(300, 345, 1914)).isEqualTo(1);
        assertThat(c.type(2, 365, 1950)).isZero();
        assertThat(c.type(2, 365, 1960)).isEqualTo(2);
    }

    static Stream<Arguments> badInput() {
        String ok = "2,20,1,1920-01-01,2016-12-01\n";
        return Stream.of(
                Arguments.of(HEADER + "2,20,1\n", 2, "stdate", "expected 5 fields"),
                Arguments.of(HEADER.replace("conttype", "type") + ok, 1, "conttype", "required column"),
                Arguments.of(HEADER + ok.replace(",1,", ",land,"), 2, "conttype", "not an integer"),
                Arguments.of(HEADER + ok.replace(",1,", ",6,"), 2, "conttype", "outside 0..5"),
                Arguments.of(HEADER + ok + ok, 3, "stdate", "already on line 2"),
                Arguments.of(HEADER + ok.replace("1920-01-01", "1700-01-01"), 2, "stdate", "outside"),
                Arguments.of(HEADER + ok.replace("2016-12-01", "1919-12-01"), 2, "enddate", "before it starts"),
                Arguments.of(HEADER + ok.replace("2,20", "2,2"), 2, "ccode2", "itself"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "contig.csv", line, column, problem);
    }
}
