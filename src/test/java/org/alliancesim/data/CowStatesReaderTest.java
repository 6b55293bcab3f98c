package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CowStatesReaderTest {

    private static final String HEADER =
            "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n";

    private static StateSystem parse(String csv) throws IOException {
        return CowStatesReader.read(new StringReader(csv), "states.csv");
    }

    @Test
    void readsFixtureMembershipByYear() throws IOException {
        StateSystem s = CowStatesReader.read(TestData.fixture("history/cow-states.csv"));

        assertThat(s.membersIn(1871)).containsExactly(2, 20, 30);
        assertThat(s.membersIn(1875)).containsExactly(2, 20, 30, 40);
        assertThat(s.membersIn(1876)).containsExactly(2, 20, 40);
        assertThat(s.abbreviation(30)).isEqualTo("CCC");
        assertThat(s.ccodeOf("ddd")).contains(40);
    }

    @Test
    void aStateWithTwoSpellsIsAbsentBetweenThem() throws IOException {
        StateSystem s = parse(HEADER + "GMY,255,Germany,1816,1,1,1945,5,8,2016\n"
                + "GMY,255,Germany,1990,10,3,2016,12,31,2016\n");

        assertThat(s.isMember(255, 1945)).isTrue();
        assertThat(s.isMember(255, 1950)).isFalse();
        assertThat(s.isMember(255, 1990)).isTrue();
    }

    @Test
    void readsTheRealFile() throws IOException {
        StateSystem s = CowStatesReader.read(TestData.real("cow-states.csv"));

        assertThat(s.membersIn(1914)).contains(300, 255, 365, 200, 220).hasSizeBetween(40, 50);
        assertThat(s.membersIn(2016)).hasSize(195);
    }

    static Stream<Arguments> badInput() {
        String ok = "USA,2,United States,1816,1,1,2016,12,31,2016\n";
        return Stream.of(
                Arguments.of(HEADER + "USA,2,United States,1816,1,1,2016\n", 2, "endmonth", "expected 10 fields"),
                Arguments.of(HEADER.replace("styear", "startyear") + ok, 1, "styear", "required column"),
                Arguments.of(HEADER + ok.replace("1816,1,1", "1816,x,1"), 2, "stmonth", "not an integer"),
                Arguments.of(HEADER + ok + "USA,2,United States,1900,1,1,1950,1,1,2016\n", 3, "styear",
                        "overlapping"),
                Arguments.of(HEADER + ok + "USA,3,Other,1900,1,1,1950,1,1,2016\n", 3, "stateabb",
                        "already names ccode 2"),
                Arguments.of(HEADER + ok.replace("1816,1,1", "1700,1,1"), 2, "styear", "outside"),
                Arguments.of(HEADER + ok.replace("2016,12,31", "1815,12,31"), 2, "endyear", "outside"),
                Arguments.of(HEADER + ok.replace("2016,12,31", "1816,2,30"), 2, "endday", "no such date"),
                Arguments.of(HEADER + ok.replace("2016,12,31", "1818,12,31").replace("1816,1,1", "1820,1,1"),
                        2, "endyear", "before it starts"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> parse(csv));

        assertThat(e).isNotNull();
        assertThat(e.source()).isEqualTo("states.csv");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).contains(problem).startsWith("states.csv:" + line + ":");
    }
}
