package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MidReaderTest {

    private static final String HEADER = "dispnum,ccode1,ccode2,year,hostlev1,hostlev2,revstate1,revtype11,x\n";

    private static List<DisputeYear> parse(String csv) throws IOException {
        return MidReader.read(new StringReader(csv), "mids.csv");
    }

    @Test
    void readsFixtureAsDirectedRows() throws IOException {
        List<DisputeYear> d = MidReader.read(TestData.fixture("history/mid-directed-dispute-years.csv"));

        assertThat(d).hasSize(4);
        assertThat(d.get(0).ccode1()).isEqualTo(2);
        assertThat(d.get(0).hostility1()).isEqualTo(1);
        assertThat(d.get(0).hostility2()).isEqualTo(4);
        assertThat(d.get(1).revisionist1()).isTrue();
        assertThat(d.get(1).revisionType1()).isEqualTo(1);
    }

    @Test
    void missingRevisionCodesReadAsNotRevisionist() throws IOException {
        List<DisputeYear> d = parse(HEADER + "1,2,20,1900,3,3,-9,-9,z\n");

        assertThat(d.get(0).revisionist1()).isFalse();
        assertThat(d.get(0).revisionType1()).isZero();
    }

    @Test
    void readsTheRealFile() throws IOException {
        List<DisputeYear> d = MidReader.read(TestData.real("mid-directed-dispute-years.csv"));

        assertThat(d).hasSize(10276);
        assertThat(d.stream().filter(x -> x.ccode1() == 300 && x.ccode2() == 345 && x.year() == 1914))
                .isNotEmpty();
    }

    static Stream<Arguments> badInput() {
        String ok = "1,2,20,1900,3,4,1,1,z\n";
        return Stream.of(
                Arguments.of(HEADER + "1,2,20,1900\n", 2, "hostlev1", "expected 9 fields"),
                Arguments.of(HEADER.replace("hostlev2", "host2") + ok, 1, "hostlev2", "required column"),
                Arguments.of(HEADER + ok.replace("3,4", "3,high"), 2, "hostlev2", "not an integer"),
                Arguments.of(HEADER + ok.replace("3,4", "3,6"), 2, "hostlev2", "outside 1..5"),
                Arguments.of(HEADER + ok + ok, 3, "year", "already on line 2"),
                Arguments.of(HEADER + ok.replace("1900", "1700"), 2, "year", "outside"),
                Arguments.of(HEADER + ok.replace(",20,", ",2,"), 2, "ccode2", "itself"),
                Arguments.of(HEADER + ok.replace("4,1,1", "4,2,1"), 2, "revstate1", "not 0, 1 or -9"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "mids.csv", line, column, problem);
    }
}
