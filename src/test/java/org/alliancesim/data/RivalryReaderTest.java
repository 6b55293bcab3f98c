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

class RivalryReaderTest {

    private static final String HEADER =
            "rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,type1,type2,type3\n";

    private static List<Rivalry> parse(String csv) throws IOException {
        return RivalryReader.read(new StringReader(csv), "rivals.csv");
    }

    @Test
    void readsFixtureWithTypesAndYears() throws IOException {
        List<Rivalry> r = RivalryReader.read(TestData.fixture("history/rivalries-thompson-dreyer.csv"));

        assertThat(r).hasSize(3);
        assertThat(r.get(1).types()).containsExactlyInAnyOrder("positional", "spatial");
        assertThat(r.get(0).inForce(1875)).isTrue();
        assertThat(r.get(0).inForce(1876)).isFalse();
        assertThat(r.get(1).between(30, 2)).isTrue();
        assertThat(r.get(1).line()).isEqualTo(3);
    }

    @Test
    void readsTheRealFile() throws IOException {
        List<Rivalry> r = RivalryReader.read(TestData.real("rivalries-thompson-dreyer.csv"));

        assertThat(r).hasSize(197);
        assertThat(r.stream().filter(x -> x.between(300, 345) && x.inForce(1914))).isNotEmpty();
    }

    static Stream<Arguments> badInput() {
        String ok = "1,A-B,2,20,1850,1900,X,spatial,,\n";
        return Stream.of(
                Arguments.of(HEADER + "1,A-B,2,20,1850\n", 2, "endyear", "expected 10 fields"),
                Arguments.of(HEADER.replace("ccode2", "ccodeb") + ok, 1, "ccode2", "required column"),
                Arguments.of(HEADER + ok.replace("1850", "185O"), 2, "styear", "not an integer"),
                Arguments.of(HEADER + ok + ok.replace("A-B", "C-D"), 3, "rivalryno", "already on line 2"),
                Arguments.of(HEADER + ok.replace("1850", "1300"), 2, "styear", "outside"),
                Arguments.of(HEADER + ok.replace("1900", "1800"), 2, "endyear", "before it starts"),
                Arguments.of(HEADER + ok.replace(",20,", ",2,"), 2, "ccode2", "own rival"),
                Arguments.of(HEADER + ok.replace("spatial", "naval"), 2, "type1", "unknown rivalry type"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "rivals.csv", line, column, problem);
    }
}
