package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MajorPowerReaderTest {

    private static final String HEADER = "ccode,styear,stmonth,stday,endyear,endmonth,endday,version\n";

    private static MajorPowers parse(String csv) throws IOException {
        return MajorPowerReader.read(new StringReader(csv), "majors.csv");
    }

    @Test
    void readsFixture() throws IOException {
        MajorPowers m = MajorPowerReader.read(TestData.fixture("history/cow-major-powers.csv"));

        assertThat(m.isMajor(2, 1870)).isTrue();
        assertThat(m.isMajor(20, 1870)).isFalse();
    }

    @Test
    void readsTheRealFile() throws IOException {
        MajorPowers m = MajorPowerReader.read(TestData.real("cow-major-powers.csv"));

        assertThat(m.isMajor(300, 1914)).isTrue();
        assertThat(m.isMajor(255, 1920)).isFalse();
        assertThat(m.isMajor(2, 1890)).isFalse();
        assertThat(m.isMajor(2, 1898)).isTrue();
    }

    static Stream<Arguments> badInput() {
        String ok = "2,1898,8,13,2016,12,31,2016\n";
        return Stream.of(
                Arguments.of(HEADER + "2,1898,8,13\n", 2, "endyear", "expected 8 fields"),
                Arguments.of(HEADER.replace("endday", "end_day") + ok, 1, "endday", "required column"),
                Arguments.of(HEADER + ok.replace("1898,8", "1898,Aug"), 2, "stmonth", "not an integer"),
                Arguments.of(HEADER + ok + "2,1900,1,1,1910,1,1,2016\n", 3, "styear", "duplicated spell"),
                Arguments.of(HEADER + ok.replace("1898", "1790"), 2, "styear", "outside"),
                Arguments.of(HEADER + ok.replace("2016,12", "1897,12"), 2, "endyear", "before it starts"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "majors.csv", line, column, problem);
    }
}
