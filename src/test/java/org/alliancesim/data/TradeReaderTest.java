package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TradeReaderTest {

    private static final String HEADER = "ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n";

    private static DyadicTrade parse(String csv) throws IOException {
        return TradeReader.read(new StringReader(csv), "trade.csv", 1870, 2100);
    }

    @Test
    void sharesAreOfEachStatesTotalTradeThatYear() throws IOException {
        DyadicTrade t = TradeReader.read(TestData.fixture("history/cow-trade-dyadic.csv"));

        assertThat(t.flow(2, 20, 1870)).isEqualTo(30);
        assertThat(t.flow(20, 2, 1870)).isEqualTo(30);
        assertThat(t.total(2, 1870)).isEqualTo(40);
        assertThat(t.share(2, 20, 1870)).isEqualTo(0.75);
        assertThat(t.share(30, 2, 1870)).isCloseTo(10 / 12.0, within(1e-12));
        assertThat(t.flow(2, 20, 1873)).isEqualTo(30);
        assertThat(t.flow(20, 40, 1873)).isEqualTo(4.75);
        assertThat(t.share(40, 20, 1880)).isZero();
        assertThat(t.covers(1873)).isTrue();
        assertThat(t.covers(1869)).isFalse();
    }

    @Test
    void aSpanKeepsOnlyItsYears() throws IOException {
        DyadicTrade t = TradeReader.read(TestData.fixture("history/cow-trade-dyadic.csv"), 1871, 1872);

        assertThat(t.covers(1870)).isFalse();
        assertThat(t.covers(1871)).isTrue();
        assertThat(t.flow(2, 20, 1873)).isZero();
        assertThat(t.firstYear()).isEqualTo(1871);
        assertThat(t.lastYear()).isEqualTo(1872);
    }

    @Test
    void flowsParseExactlyAsDoubleDoes() throws IOException {
        DyadicTrade t = parse(HEADER + "2,20,1900,0.1,123.456789012345,,\n2,30,1900,1e-3,7.25E2,,\n");

        assertThat(t.flow(2, 20, 1900)).isEqualTo(0.1 + 123.456789012345);
        assertThat(t.flow(2, 30, 1900)).isEqualTo(1e-3 + 725);
    }

    @Test
    void readsTheRealFile() throws IOException {
        DyadicTrade t = TradeReader.read(TestData.real("cow-trade-dyadic.csv"), 1870, 1954);

        assertThat(t.firstYear()).isEqualTo(1870);
        assertThat(t.lastYear()).isEqualTo(1954);
        assertThat(t.flow(2, 20, 1920)).isEqualTo(612 + 735);
        assertThat(t.share(2, 20, 1920)).isBetween(0.05, 0.5);
    }

    static Stream<Arguments> badInput() {
        String ok = "2,20,1900,10,20,10,20\n";
        return Stream.of(
                Arguments.of(HEADER + ok + "2,30,19", 3, null, "expected 7 fields"),
                Arguments.of(HEADER.replace("flow2,", "exports,") + ok, 1, "flow2", "required column"),
                Arguments.of(HEADER + ok.replace(",10,20,", ",ten,20,"), 2, "flow1", "not a number"),
                Arguments.of(HEADER + ok.replace(",10,20,", ",-1,20,"), 2, "flow1", "non-negative"),
                Arguments.of(HEADER + ok.replace("2,20", "2,x"), 2, "ccode2", "not an integer"),
                Arguments.of(HEADER + ok + "20,2,1900,1,1,1,1\n", 3, "year", "already on line 2"),
                Arguments.of(HEADER + ok.replace("1900", "1850"), 2, "year", "outside"),
                Arguments.of(HEADER + ok.replace("2,20", "2,2"), 2, "ccode2", "itself"),
                Arguments.of(HEADER + ok.replace("10", "\"10\""), 2, null, "quoted"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesFileLineAndColumn(String csv, int line, String column, String problem) {
        BadRows.assertLocated(() -> parse(csv), "trade.csv", line, column, problem);
    }

    @Test
    void aBadCellIsLocatedByLineColumnNumberAndName() {
        DataFormatException e = catchThrowableOfType(
                DataFormatException.class, () -> parse(HEADER + "2,20,1900,ten,20,10,20\n"));

        assertThat(e).hasMessage("trade.csv:2:4: flow1: not a number: 'ten'");
    }
}
