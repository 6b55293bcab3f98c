package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NmcReaderTest {

    private static final String HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n";

    private static List<NmcRecord> parse(String csv) throws IOException {
        return NmcReader.read(new StringReader(csv), "test.csv");
    }

    private static DataFormatException failure(String csv) {
        return catchThrowableOfType(DataFormatException.class, () -> parse(csv));
    }

    @Test
    void readsFixtureWithMissingValues() throws IOException {
        List<NmcRecord> records = NmcReader.read(TestData.fixture("nmc-fixture.csv"));

        assertThat(records).hasSize(12);
        NmcRecord first = records.get(0);
        assertThat(first.stateabb()).isEqualTo("AAA");
        assertThat(first.ccode()).isEqualTo(1);
        assertThat(first.year()).isEqualTo(2000);
        assertThat(first.milex()).hasValue(50);
        assertThat(first.milper()).hasValue(10);
        assertThat(first.irst()).hasValue(40);
        assertThat(first.pec()).hasValue(25);
        assertThat(first.tpop()).hasValue(100);
        assertThat(first.upop()).hasValue(10);
        assertThat(first.cinc()).hasValue(0.308333333);

        NmcRecord ccc2001 = records.get(6);
        assertThat(ccc2001.stateabb()).isEqualTo("CCC");
        assertThat(ccc2001.year()).isEqualTo(2001);
        assertThat(ccc2001.milex()).isEmpty();
        assertThat(ccc2001.component(NmcComponent.MILEX)).isEmpty();
        assertThat(ccc2001.component(NmcComponent.MILPER)).hasValue(6);

        NmcRecord ddd2002 = records.get(11);
        assertThat(ddd2002.milex()).isEmpty();
        assertThat(ddd2002.irst()).isEmpty();
        assertThat(ddd2002.milper()).hasValue(0);
    }

    @Test
    void findsColumnsByNameInAnyOrderIgnoringCaseBlanksAndBom() throws IOException {
        String csv =
                "\uFEFF Year ,CCODE,extra,upop,tpop,pec,irst,milper,milex,StateAbb\n"
                        + "1999, 365 ,x,1,2,3,4,5,6.5,RUS\n";
        NmcRecord r = parse(csv).get(0);
        assertThat(r.stateabb()).isEqualTo("RUS");
        assertThat(r.ccode()).isEqualTo(365);
        assertThat(r.year()).isEqualTo(1999);
        assertThat(r.milex()).hasValue(6.5);
        assertThat(r.upop()).hasValue(1);
        assertThat(r.cinc()).as("no cinc column").isEmpty();
    }

    @Test
    void readsDecimalAndExponentValues() throws IOException {
        NmcRecord r =
                parse(HEADER + "MOR,600,1912,-9,-9.0,0,1.5e2,4517.6,173.6444444,1.26975E-06,2021\n").get(0);
        assertThat(r.milex()).isEmpty();
        assertThat(r.milper()).isEmpty();
        assertThat(r.irst()).hasValue(0);
        assertThat(r.pec()).hasValue(150);
        assertThat(r.tpop()).hasValue(4517.6);
        assertThat(r.cinc()).hasValue(1.26975e-6);
    }

    @Test
    void missingColumnNamesFileLineAndColumn() {
        DataFormatException e =
                failure("stateabb,ccode,year,milex,milper,irst,pec,tpop\nUSA,2,2000,1,1,1,1,1\n");
        assertThat(e.source()).isEqualTo("test.csv");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("upop");
        assertThat(e).hasMessageStartingWith("test.csv:1: upop: required column missing");
    }

    @Test
    void malformedNumberNamesFileLineAndColumn() {
        DataFormatException e =
                failure(HEADER + "USA,2,2000,1,2,3,4,5,6,0.1,2021\nRUS,365,2000,1,2x,3,4,5,6,0.1,2021\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("milper");
        assertThat(e).hasMessage("test.csv:3:5: milper: not a number: '2x'");
    }

    @Test
    void lineNumbersCountBlankLines() {
        DataFormatException e = failure(HEADER + "USA,2,2000,1,2,3,4,5,6,0.1,2021\n\nRUS,365,x,1,2,3,4,5,6,0.1,2021\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("year");
    }

    @Test
    void lineNumbersWithCrlfAndNoFinalNewline() {
        String crlf = HEADER.replace("\n", "\r\n") + "USA,2,2000,1,2,3,4,5,6,0.1,2021\r\nRUS,365,2000,1,2,3,4,5,x6,0.1,2021";
        DataFormatException e = failure(crlf);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("upop");
    }

    @Test
    void rejectsNonNumericSpecialsAndNegatives() {
        assertThat(failure(HEADER + "USA,2,2000,NaN,2,3,4,5,6,0.1,2021\n").column()).isEqualTo("milex");
        assertThat(failure(HEADER + "USA,2,2000,1,2,3,Infinity,5,6,0.1,2021\n").column()).isEqualTo("pec");
        DataFormatException negative = failure(HEADER + "USA,2,2000,1,2,3,4,-5,6,0.1,2021\n");
        assertThat(negative.column()).isEqualTo("tpop");
        assertThat(negative.problem()).contains("negative");
        DataFormatException empty = failure(HEADER + "USA,2,2000,1,2,,4,5,6,0.1,2021\n");
        assertThat(empty.column()).isEqualTo("irst");
        assertThat(empty.problem()).contains("-9");
        assertThat(failure(HEADER + "USA,2.5,2000,1,2,3,4,5,6,0.1,2021\n").column()).isEqualTo("ccode");
        assertThat(failure(HEADER + ",2,2000,1,2,3,4,5,6,0.1,2021\n").column()).isEqualTo("stateabb");
    }

    @Test
    void rejectsShortRowsDuplicatesAndEmptyFiles() {
        DataFormatException shortRow = failure(HEADER + "USA,2,2000,1,2,3\n");
        assertThat(shortRow.line()).isEqualTo(2);
        assertThat(shortRow.problem()).contains("expected 11 fields but found 6");

        DataFormatException dup =
                failure(HEADER + "USA,2,2000,1,2,3,4,5,6,0.1,2021\nUSA,2,2000,1,2,3,4,5,6,0.1,2021\n");
        assertThat(dup.line()).isEqualTo(3);
        assertThat(dup.problem()).contains("duplicate state-year").contains("line 2");

        assertThat(failure("").line()).isEqualTo(1);
        assertThat(failure("").problem()).contains("empty");
    }

    @Test
    void unterminatedQuoteIsAFormatError() {
        DataFormatException e = failure(HEADER + "\"USA,2,2000,1,2,3,4,5,6,0.1,2021\n");
        assertThat(e.problem()).contains("never closed");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.source()).isEqualTo("test.csv");
    }

    @Test
    void missingFileIsReportedByName(@TempDir Path dir) {
        Path absent = dir.resolve("nope.csv");
        assertThatThrownBy(() -> NmcReader.read(absent))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("nope.csv")
                .hasMessageContaining("file not found");
    }

    @Test
    void nmcDataIndexesByYearAndState() throws IOException {
        NmcData data = NmcData.read(TestData.fixture("nmc-fixture.csv"));

        assertThat(data.years()).containsExactly(2000, 2001, 2002);
        assertThat(data.lastYear()).isEqualTo(2002);
        assertThat(data.forYear(2001)).extracting(NmcRecord::stateabb)
                .containsExactly("AAA", "BBB", "CCC", "DDD");
        assertThat(data.forYear(1990)).isEmpty();
        assertThat(data.statesIn(2002))
                .containsExactly(
                        new CowState(1, "AAA"), new CowState(2, "BBB"), new CowState(3, "CCC"),
                        new CowState(4, "DDD"));
        assertThat(data.get(3, 2001)).hasValueSatisfying(r -> assertThat(r.milex()).isEmpty());
        assertThat(data.get(3, 1999)).isEmpty();
        assertThat(data.records()).hasSize(12);
    }

    @Test
    void nmcDataRejectsDuplicates() {
        NmcRecord r =
                new NmcRecord("USA", 2, 2000, OptionalDouble.of(1), OptionalDouble.of(1), OptionalDouble.of(1),
                        OptionalDouble.of(1), OptionalDouble.of(1), OptionalDouble.of(1), OptionalDouble.empty());
        assertThatThrownBy(() -> new NmcData(List.of(r, r)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }
}
