package org.alliancesim.backtest.atop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.alliancesim.data.DataFormatException;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtopReaderTest {
    static final String HEADER = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n";
    static final Set<Integer> CODES = Set.of(2, 20, 200, 220, 255, 365);
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(AtopReaderTest.class.getResource("/backtest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsDyadYearsInEitherOrderWithTheFileNamesSpan() throws IOException {
        AllianceTable t = AtopReader.read(fixture("atop-dyads-1899-1911.csv"), CODES::contains);
        assertThat(t.firstYear()).isEqualTo(1899);
        assertThat(t.lastYear()).isEqualTo(1911);
        int b = t.obligations(1900, 20, 2);
        assertThat(Obligation.level(b)).isEqualTo(Level.ALLIANCE);
        assertThat(Obligation.defence(b)).isTrue();
        assertThat(Obligation.level(t.obligations(1906, 200, 220))).isEqualTo(Level.ALIGNMENT);
        assertThat(Obligation.level(t.obligations(1901, 365, 20))).isEqualTo(Level.COALITION);
        assertThat(Obligation.defence(t.obligations(1901, 365, 20))).isFalse();
        assertThat(t.obligations(1904, 200, 220)).isZero();
        assertThatThrownBy(() -> t.obligations(1912, 2, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1899-1911");
    }

    @Test
    void memberRecordsGiveTheSameDyadYears() throws IOException {
        AllianceTable dyads = AtopReader.read(fixture("atop-dyads-1899-1911.csv"), CODES::contains);
        AllianceTable members = AtopReader.read(fixture("atop-members-to-1911.csv"), CODES::contains);
        assertThat(members.firstYear()).isEqualTo(1899);
        assertThat(members.lastYear()).isEqualTo(1911);
        int[] codes = {2, 20, 200, 220, 255, 365};
        for (int y = 1899; y <= 1911; y++) {
            for (int a : codes) {
                for (int c : codes) {
                    if (a < c) {
                        assertThat(members.obligations(y, a, c)).as("%d %d-%d", y, a, c).isEqualTo(dyads.obligations(y, a, c));
                    }
                }
            }
        }
    }

    @Test
    void upToRefusesLaterYears() throws IOException {
        AllianceTable t = AtopReader.read(fixture("atop-dyads-1899-1911.csv"), null).upTo(1905);
        assertThat(t.lastYear()).isEqualTo(1905);
        assertThat(t.obligations(1905, 2, 20)).isNotZero();
        assertThatThrownBy(() -> t.obligations(1906, 2, 20)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("held out");
    }

    private DataFormatException error(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        try {
            AtopReader.read(f, CODES::contains);
        } catch (DataFormatException e) {
            assertThat(e.getMessage()).startsWith(f.toString());
            return e;
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void truncatedRowIsReportedWithLineAndColumn() throws IOException {
        DataFormatException e = error("a-1900-1910.csv", HEADER + "2,20,1900,1,0,0,0,0\n2,20,1901,1,0");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("atop_neutral");
        assertThat(e.columnNumber()).isEqualTo(6);
        assertThat(e.getMessage()).startsWith(e.source() + ":3:6: atop_neutral: ").contains("truncated");
    }

    @Test
    void wrongHeaderNamesTheMissingColumn() throws IOException {
        DataFormatException e = error("b.csv", "ccode1,ccode2,year,defense\n2,20,1900,1\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("atop_defense");
    }

    @Test
    void unknownStateCode() throws IOException {
        DataFormatException e = error("c.csv", HEADER + "2,20,1900,1,0,0,0,0\n2,21,1900,1,0,0,0,0\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("ccode2");
        assertThat(e.getMessage()).endsWith(":3:2: ccode2: unknown state code 21 (not in the COW state system list)");
    }

    @Test
    void duplicatedDyadYear() throws IOException {
        DataFormatException e = error("d.csv", HEADER + "20,2,1900,1,0,0,0,0\n2,200,1900,1,0,0,0,0\n20,2,1900,0,0,0,0,1\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("20-2 in 1900 is listed twice (first on line 2)");
    }

    @Test
    void bothOrdersOfADyadMergeTheirObligations() throws IOException {
        Path f = dir.resolve("g.csv");
        Files.writeString(f, HEADER + "2,20,1900,1,0,0,0,0\n20,2,1900,0,0,0,0,1\n");
        int b = AtopReader.read(f, CODES::contains).obligations(1900, 2, 20);
        assertThat(b).isEqualTo(Obligation.DEFENSE.bit() | Obligation.CONSUL.bit());
    }

    @Test
    void yearOutsideTheNamedCoverage() throws IOException {
        DataFormatException e = error("atop-1900-1905.csv", HEADER + "2,20,1900,1,0,0,0,0\n2,20,1906,1,0,0,0,0\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("year");
        assertThat(e.getMessage()).contains("outside the file's coverage 1900-1905");
    }

    @Test
    void obligationsMustBeZeroOrOne() throws IOException {
        DataFormatException e = error("e.csv", HEADER + "2,20,1900,1,0,2,0,0\n");
        assertThat(e.column()).isEqualTo("atop_neutral");
        assertThat(e.getMessage()).contains("expected 0 or 1");
    }

    @Test
    void memberExitBeforeEntry() throws IOException {
        DataFormatException e = error("m.csv", "atopid,member,yrent,yrexit,defense,offense,neutral,nonagg,consul\n"
                + "1,2,1900,1899,1,0,0,0,0\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("yrexit");
    }

    @Test
    void emptyFile() throws IOException {
        DataFormatException e = error("f.csv", "");
        assertThat(e.getMessage()).contains("empty");
    }
}
