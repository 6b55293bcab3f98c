package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class IdealPointReaderTest {

    private static IdealPoints fixture() throws IOException {
        return IdealPointReader.read(TestData.fixture("ideal-fixture.csv"));
    }

    @Test
    void readsQuotedFileWithNa() throws IOException {
        IdealPoints ip = fixture();

        assertThat(ip.points()).hasSize(6);
        assertThat(ip.idealPoint(630, 78)).hasValue(-1.74);
        assertThat(ip.idealPoint(2, 78)).hasValue(2.5);
        assertThat(ip.idealPoint(365, 78)).hasValue(-0.53);
        assertThat(ip.idealPoint(710, 78)).hasValue(-0.8);
        // Row present, ideal point NA.
        assertThat(ip.get(630, 77)).isPresent();
        assertThat(ip.idealPoint(630, 77)).isEmpty();
        // Row absent.
        assertThat(ip.idealPoint(365, 77)).isEmpty();

        IdealPoint usa = ip.get(2, 77).orElseThrow();
        assertThat(usa.votes()).hasValue(90);
        assertThat(usa.iso3c()).isEqualTo("USA");
        assertThat(usa.countryName()).isEqualTo("United States");
        assertThat(usa.year()).isEqualTo(2022);
    }

    @Test
    void indexesSessionsAndYears() throws IOException {
        IdealPoints ip = fixture();
        assertThat(ip.sessions()).containsExactly(77, 78);
        assertThat(ip.ccodesIn(78)).containsExactly(2, 365, 630, 710);
        assertThat(ip.ccodesIn(77)).containsExactly(2, 630);
        // Session 78 opened in September 2023.
        assertThat(ip.idealPointInYear(630, 2023)).hasValue(-1.74);
        assertThat(ip.idealPointInYear(630, 2024)).isEmpty();
        assertThat(ip.idealPointInYear(630, 1900)).isEmpty();
    }

    @Test
    void sessionYearMapping() {
        assertThat(UnSessions.startYear(1)).isEqualTo(1946);
        assertThat(UnSessions.startYear(2)).isEqualTo(1947);
        assertThat(UnSessions.startYear(71)).isEqualTo(2016);
        assertThat(UnSessions.startYear(78)).isEqualTo(2023);
        assertThat(UnSessions.sessionOpeningIn(2016)).isEqualTo(71);
        assertThat(UnSessions.sessionOpeningIn(1946)).isEqualTo(1);
        assertThatThrownBy(() -> UnSessions.startYear(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnSessions.sessionOpeningIn(1945))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minimalColumnsAndSkippedNaCcode() throws IOException {
        String csv = "session,IdealPointAll,ccode\n5,0.25,2\n5,1.0,NA\n6,NA,2\n";
        IdealPoints ip = IdealPointReader.read(new StringReader(csv), "ip.csv");
        assertThat(ip.points()).hasSize(2);
        assertThat(ip.idealPoint(2, 5)).hasValue(0.25);
        assertThat(ip.get(2, 6).orElseThrow().idealPoint()).isEmpty();
        assertThat(ip.get(2, 5).orElseThrow().votes()).isEmpty();
        assertThat(ip.get(2, 5).orElseThrow().iso3c()).isEmpty();
    }

    @Test
    void errorsNameFileLineAndColumn() {
        DataFormatException bad =
                catchThrowableOfType(
                        DataFormatException.class,
                        () ->
                                IdealPointReader.read(
                                        new StringReader("\"ccode\",\"session\",\"IdealPointAll\"\n2,1,\"1.5\"\n2,2,\"high\"\n"),
                                        "ip.csv"));
        assertThat(bad).hasMessage("ip.csv:3:3: IdealPointAll: not a number: 'high'");

        DataFormatException missing =
                catchThrowableOfType(
                        DataFormatException.class,
                        () -> IdealPointReader.read(new StringReader("ccode,session\n2,1\n"), "ip.csv"));
        assertThat(missing.column()).isEqualTo("IdealPointAll");

        DataFormatException dup =
                catchThrowableOfType(
                        DataFormatException.class,
                        () ->
                                IdealPointReader.read(
                                        new StringReader("ccode,session,IdealPointAll\n2,1,1\n2,1,2\n"), "ip.csv"));
        assertThat(dup.line()).isEqualTo(3);
        assertThat(dup.problem()).contains("duplicate");

        DataFormatException session =
                catchThrowableOfType(
                        DataFormatException.class,
                        () ->
                                IdealPointReader.read(
                                        new StringReader("ccode,session,IdealPointAll\n2,0,1\n"), "ip.csv"));
        assertThat(session.column()).isEqualTo("session");
    }
}
