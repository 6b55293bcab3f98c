package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DemocracyReaderTest {

    private static final String HEADER = "ccode,year,v2x_polyarchy,polity2,xm_qudsest\n";

    private static RegimeScores parse(String csv) throws IOException {
        return DemocracyReader.read(new StringReader(csv), "dem.csv");
    }

    @Test
    void readsFixtureWithEmptyCellsAsMissing() throws IOException {
        RegimeScores r = DemocracyReader.read(TestData.fixture("history/democracy.csv"));

        assertThat(r.polity2(20, 1874)).hasValue(7);
        assertThat(r.polity2(20, 1875)).hasValue(-7);
        assertThat(r.polity2(40, 1875)).isEmpty();
        assertThat(r.polyarchy(40, 1875)).hasValue(0.6);
        assertThat(r.polyarchy(40, 1870)).isEmpty();
    }

    @Test
    void readsTheRealFile() throws IOException {
        RegimeScores r = DemocracyReader.read(TestData.real("democracy.csv"));

        assertThat(r.polity2(2, 1914)).hasValue(10);
        assertThat(r.polity2(255, 1939).orElseThrow()).isLessThanOrEqualTo(-6);
    }

    static Stream<Arguments> badInput() {
        String ok = "2,1900,0.5,10,1.0\n";
        return Stream.of(
                Arguments.of(HEADER + "2,1900,0.5\n", 2, "polity2", "expected 5 fields"),
                Arguments.of(HEADER.replace("polity2", "polity") + ok, 1, "polity2", "required column"),
                Arguments.of(HEADER + ok.replace("0.5", "high"), 2, "v2x_polyarchy", "not a number"),
                Arguments.of(HEADER + ok.replace(",10,", ",11,"), 2, "polity2", "outside"),
                Arguments.of(HEADER + ok.replace("0.5", "1.5"), 2, "v2x_polyarchy", "outside"),
                Arguments.of(HEADER + ok + ok, 3, "year", "already on line 2"),
                Arguments.of(HEADER + ok.replace("1900", "1789"), 2, "year", "outside"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "dem.csv", line, column, problem);
    }
}
