package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CapdistReaderTest {

    private static CapitalDistances fixture() throws IOException {
        return CapdistReader.read(TestData.fixture("capdist-fixture.csv"));
    }

    @Test
    void readsDyadsAndLooksUpByCodeAndAbbreviation() throws IOException {
        CapitalDistances d = fixture();

        assertThat(d.dyads()).hasSize(16);
        assertThat(d.dyads().get(0)).isEqualTo(new CapitalDistance(2, "USA", 200, "UK", 5900));
        assertThat(d.kmBetween(630, 365)).hasValue(2460);
        assertThat(d.kmBetween("RUS", "IRN")).hasValue(2460);
        assertThat(d.kmBetween("usa", "irn")).hasValue(10230);
        assertThat(d.kmBetween("CHN", "IRN")).hasValue(5640);
        assertThat(d.ccodes()).containsExactly(2, 200, 360, 365, 630, 710);
        assertThat(d.abbreviation(365)).hasValue("RUS");
        assertThat(d.contains(630)).isTrue();
    }

    @Test
    void fallsBackToTheReverseDirectionAndKnowsSelfDistance() throws IOException {
        CapitalDistances d = fixture();
        // Only 360->200 and 200->360 exist; 360 -> 2 does not exist in either direction.
        assertThat(d.kmBetween(360, 200)).hasValue(2100);
        assertThat(d.kmBetween(360, 2)).isEmpty();
        assertThat(d.kmBetween(2, 2)).hasValue(0);
        assertThat(d.kmBetween(999, 999)).isEmpty();
        assertThat(d.kmBetween("USA", "XYZ")).isEmpty();
    }

    @Test
    void acceptsCowSpellingsOfGleditschWardAbbreviations() throws IOException {
        CapitalDistances d = fixture();
        assertThat(d.kmBetween("UKG", "ROM")).hasValue(2100);
        assertThat(d.kmBetween("UK", "RUM")).hasValue(2100);
        assertThat(d.ccodeOf("UKG")).hasValue(200);
        assertThat(d.ccodeOf("ROM")).hasValue(360);
    }

    @Test
    void reportsBadDistanceWithLineAndColumn() {
        String csv = "numa,ida,numb,idb,kmdist\n2,USA,20,CAN,731\n2,USA,40,CUB,far\n";
        DataFormatException e =
                catchThrowableOfType(
                        DataFormatException.class, () -> CapdistReader.read(new StringReader(csv), "cd.csv"));
        assertThat(e).hasMessage("cd.csv:3:5: kmdist: not a number: 'far'");
    }

    @Test
    void reportsMissingColumnAndConflictingDistances() {
        DataFormatException missing =
                catchThrowableOfType(
                        DataFormatException.class,
                        () -> CapdistReader.read(new StringReader("numa,ida,numb,kmdist\n"), "cd.csv"));
        assertThat(missing.column()).isEqualTo("idb");
        assertThat(missing.line()).isEqualTo(1);

        String conflict = "numa,ida,numb,idb,kmdist\n2,USA,20,CAN,731\n2,USA,20,CAN,800\n";
        DataFormatException e =
                catchThrowableOfType(
                        DataFormatException.class, () -> CapdistReader.read(new StringReader(conflict), "cd.csv"));
        assertThat(e.problem()).contains("two distances");
    }
}
