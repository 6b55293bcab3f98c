package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.alliancesim.world.Geography;

class CapitalCoordinatesTest {

    private final CapitalCoordinates caps = CapitalCoordinates.bundled();

    @Test
    void theBundledFileReadsLineByLineAsTheCsvReaderReadsIt() throws Exception {
        String text;
        try (var in = CapitalCoordinates.class.getResourceAsStream(CapitalCoordinates.RESOURCE)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        CapitalCoordinates plain = CapitalCoordinates.plain(text);
        assertThat(plain).isNotNull();
        assertThat(plain.all()).isEqualTo(CapitalCoordinates.read(new StringReader(text), "capitals.csv").all());
        assertThat(caps.all()).isEqualTo(plain.all());
    }

    @Test
    void tablesThatAreNotPlainGoToTheCsvReader() {
        String head = "stateabb,ccode,capital,lat,lon\n";
        assertThat(CapitalCoordinates.plain(head + "USA,2,Washington,38.90,-77.04\n").all()).hasSize(1);
        for (String line : new String[] {"USA,2,\"Washington, D.C.\",38.90,-77.04", "USA,2,Washington,38.90", "USA,+2,Washington,38.90,-77.04",
            "USA,2,Washington,1e1,-77.04", "USA,2,Washington,91,-77.04", "USA,2,Washington,38.,-77.04", "USA,2,,38.90,-77.04",
            "USA,2,Washington,38.90,-77.04\nUSA,3,Boston,42.36,-71.06"}) {
            assertThat(CapitalCoordinates.plain(head + line + "\n")).as(line).isNull();
        }
        assertThat(CapitalCoordinates.plain("ccode,stateabb,capital,lat,lon\n2,USA,Washington,38.90,-77.04\n")).isNull();
    }

    @Test
    void bundledTableHasTheSeedCaseCapitals() {
        Capital usa = caps.byCcode(2).orElseThrow();
        assertThat(usa.name()).isEqualTo("Washington");
        assertThat(usa.lat()).isEqualTo(38.90);
        assertThat(usa.lon()).isEqualTo(-77.04);
        assertThat(caps.byStateAbb("rus").orElseThrow().name()).isEqualTo("Moscow");
        assertThat(caps.byStateAbb("IRN").orElseThrow().name()).isEqualTo("Tehran");
        assertThat(caps.byCcode(710).orElseThrow().name()).isEqualTo("Beijing");
        assertThat(caps.byCcode(1)).isEmpty();
    }

    @Test
    void bundledTableCoversTheCow2016SystemWithPlausibleCoordinates() {
        assertThat(caps.all()).hasSize(195);
        assertThat(caps.all()).extracting(Capital::ccode).doesNotHaveDuplicates();
        // Southern-hemisphere and western-hemisphere signs on a few well-known capitals.
        assertThat(caps.byStateAbb("AUL").orElseThrow().lat()).isNegative();
        assertThat(caps.byStateAbb("BRA").orElseThrow().lon()).isNegative();
        assertThat(caps.byStateAbb("WSM").orElseThrow().lon()).isLessThan(-170);
        assertThat(caps.byStateAbb("FIJ").orElseThrow().lon()).isGreaterThan(170);
    }

    @Test
    void distancesBetweenCapitalsMatchKnownGreatCircleDistances() {
        // Seed-case distances (capdist: Moscow-Tehran 2,463 km, Washington-Moscow 7,873 km).
        assertThat(caps.kmBetween(365, 630).getAsDouble()).isCloseTo(2463, within(40.0));
        assertThat(caps.kmBetween(2, 365).getAsDouble()).isCloseTo(7873, within(100.0));
        // London-Paris is about 344 km.
        assertThat(caps.kmBetween(200, 220).getAsDouble()).isCloseTo(344, within(5.0));
        assertThat(caps.kmBetween(2, 2)).hasValue(0);
        assertThat(caps.kmBetween(2, 1)).isEmpty();
    }

    @Test
    void haversineIsExactOnSimpleCases() {
        double quarter = Math.PI / 2 * Geography.EARTH_RADIUS_KM;
        assertThat(Geography.distanceKm(0, 0, 90, 0)).isCloseTo(quarter, within(1e-6));
        assertThat(Geography.distanceKm(0, 0, 0, 90)).isCloseTo(quarter, within(1e-6));
        assertThat(Geography.distanceKm(0, 0, 0, 180)).isCloseTo(2 * quarter, within(1e-6));
        assertThat(Geography.distanceKm(10, 179.5, 10, -179.5))
                .isCloseTo(Geography.distanceKm(10, -0.5, 10, 0.5), within(1e-9));
    }

    @Test
    void readsTablesAndReportsBadCoordinates() throws Exception {
        String ok = "ccode,stateabb,capital,lat,lon\n2,USA,Washington,38.9,-77.04\n";
        assertThat(CapitalCoordinates.read(new StringReader(ok), "c.csv").byStateAbb("USA")).isPresent();

        String bad = "stateabb,ccode,capital,lat,lon\nUSA,2,Washington,38.9,-77.04\nRUS,365,Moscow,95.7,37.6\n";
        DataFormatException e =
                catchThrowableOfType(
                        DataFormatException.class, () -> CapitalCoordinates.read(new StringReader(bad), "c.csv"));
        assertThat(e).hasMessageStartingWith("c.csv:3:4: lat: latitude out of range");

        String dup = "stateabb,ccode,capital,lat,lon\nUSA,2,Washington,38.9,-77.04\nUSA,3,X,1,1\n";
        DataFormatException d =
                catchThrowableOfType(
                        DataFormatException.class, () -> CapitalCoordinates.read(new StringReader(dup), "c.csv"));
        assertThat(d.problem()).contains("USA").contains("twice");
    }
}
