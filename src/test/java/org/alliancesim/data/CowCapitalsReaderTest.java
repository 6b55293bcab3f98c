package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CowCapitalsReaderTest {

    private static final String HEADER = "ccode,statenme,capital,stdate,enddate,lat,lng\n";

    private static HistoricalCapitals parse(String csv) throws IOException {
        return CowCapitalsReader.read(new StringReader(csv), "capitals.csv");
    }

    @Test
    void theCapitalOfAYearIsTheOneThatHeldLongestInIt() throws IOException {
        HistoricalCapitals c = CowCapitalsReader.read(TestData.fixture("history/cow-capitals.csv"));

        assertThat(c.inYear(2, 1873).orElseThrow().city()).isEqualTo("Oldcap");
        assertThat(c.inYear(2, 1874).orElseThrow().city()).isEqualTo("Newcap");
        assertThat(c.isLatest(c.inYear(2, 1873).orElseThrow())).isFalse();
        assertThat(c.isLatest(c.inYear(2, 1880).orElseThrow())).isTrue();
        assertThat(c.inYear(40, 1871)).isEmpty();
    }

    @Test
    void readsTheRealFile() throws IOException {
        HistoricalCapitals c = CowCapitalsReader.read(TestData.real("cow-capitals.csv"));

        assertThat(c.inYear(365, 1914).orElseThrow().city()).isEqualTo("Saint Petersburg");
        assertThat(c.inYear(365, 1920).orElseThrow().city()).isEqualTo("Moscow");
        assertThat(c.inYear(220, 1941).orElseThrow().city()).isEqualTo("Vichy");
        assertThat(c.inYear(300, 1914).orElseThrow().city()).isEqualTo("Vienna");
    }

    static Stream<Arguments> badInput() {
        String ok = "2,USA,Washington,1816-01-01,2024-12-31,38.9,-77.0\n";
        return Stream.of(
                Arguments.of(HEADER + "2,USA,Washington,1816-01-01\n", 2, "enddate", "expected 7 fields"),
                Arguments.of(HEADER.replace("lng", "lon") + ok, 1, "lng", "required column"),
                Arguments.of(HEADER + ok.replace("38.9", "north"), 2, "lat", "not a number"),
                Arguments.of(HEADER + ok.replace("38.9", "98.9"), 2, "lat", "outside"),
                Arguments.of(HEADER + ok.replace("1816-01-01", "1816/01/01"), 2, "stdate", "not a date"),
                Arguments.of(HEADER + ok + "2,USA,Philadelphia,1900-01-01,1910-01-01,39.9,-75.2\n", 3,
                        "stdate", "already has a capital"),
                Arguments.of(HEADER + ok.replace("1816-01-01", "1700-01-01"), 2, "stdate", "outside"),
                Arguments.of(HEADER + ok.replace("2024-12-31", "1810-12-31").replace("1816-01-01",
                        "1820-01-01"), 2, "enddate", "outside"),
                Arguments.of(HEADER + ok.replace("2024-12-31", "1817-12-31").replace("1816-01-01",
                        "1820-01-01"), 2, "enddate", "before it starts"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "capitals.csv", line, column, problem);
    }
}
