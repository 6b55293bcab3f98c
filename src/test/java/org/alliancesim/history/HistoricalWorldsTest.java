package org.alliancesim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.alliancesim.data.DataFormatException;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Geography;
import org.alliancesim.world.Revisionism;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worlds built from the fixture folder src/test/resources/data/history (four invented states). */
class HistoricalWorldsTest {
    private static HistoricalData data;
    private static HistoricalWorlds worlds;

    static Path fixtureFolder() throws java.io.IOException {
        return HistoryFixture.folder();
    }

    @BeforeAll
    static void load() throws Exception {
        data = HistoricalData.load(fixtureFolder());
        worlds = new HistoricalWorlds(data, MappingParams.DEFAULTS);
    }

    private static StateSpec state(YearWorld w, String id) {
        return w.scenario().states().get(w.scenario().indexOf(id));
    }

    @Test
    void coverageIsWhatStatesNmcAndDisputesAllCover() {
        assertThat(worlds.firstYear()).isEqualTo(1870);
        assertThat(worlds.lastYear()).isEqualTo(1880);
        assertThatThrownBy(() -> worlds.world(1869)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1870-1880");
    }

    @Test
    void aStateThatExitsMidSpanDisappearsAndAnEntrantAppears() {
        assertThat(worlds.world(1871).ccodes()).containsExactly(2, 20, 30);
        assertThat(worlds.world(1875).ccodes()).containsExactly(2, 20, 30, 40);
        YearWorld w = worlds.world(1876);
        assertThat(w.ccodes()).containsExactly(2, 20, 40);
        assertThat(w.scenario().states()).extracting(StateSpec::id).containsExactly("AAA", "BBB", "DDD");
        assertThat(state(w, "AAA").perceives()).containsOnlyKeys("BBB", "DDD");
    }

    @Test
    void aStateWhoseCapitalMovedUsesThatYearsCoordinatesAndCapdistOnlyOnceItIsCurrent() {
        YearWorld before = worlds.world(1873);
        assertThat(state(before, "AAA").lat()).isEqualTo(10);
        assertThat(before.covariates().distanceKm(0, 1))
                .isCloseTo(Geography.distanceKm(10, 10, 10, 20), within(1e-9));
        assertThat(before.scenario().distances().get("AAA-BBB")).isEqualTo(before.covariates().distanceKm(0, 1));
        YearWorld after = worlds.world(1874);
        assertThat(state(after, "AAA").lat()).isEqualTo(20);
        assertThat(after.covariates().distanceKm(0, 1)).isEqualTo(1234);
        assertThat(after.covariates().distanceKm(1, 0)).isEqualTo(1234);
    }

    @Test
    void aDisputeRaisesTheTargetsPerceptionOfTheAttackerAndDecaysAfterwards() {
        double before = state(worlds.world(1871), "AAA").perceives().get("BBB");
        double during = state(worlds.world(1872), "AAA").perceives().get("BBB");
        double later = state(worlds.world(1876), "AAA").perceives().get("BBB");
        double last = state(worlds.world(1880), "AAA").perceives().get("BBB");
        assertThat(before).isCloseTo(0.1, within(1e-12));
        assertThat(during).isCloseTo(1 - 0.9 * (1 - 0.6 * 4 / 5.0), within(1e-12));
        assertThat(later).isLessThan(during).isGreaterThan(last);
        assertThat(last).isCloseTo(1 - 0.9 * (1 - 0.6 * 0.8 * Math.pow(2, -0.8)), within(1e-12));
        double attackerView = state(worlds.world(1872), "BBB").perceives().get("AAA");
        assertThat(attackerView).isCloseTo(1 - 0.9 * (1 - 0.6 / 5), within(1e-12)).isLessThan(during);
    }

    @Test
    void aRivalryInForceRaisesIntentBothWays() {
        YearWorld w = worlds.world(1871);
        assertThat(state(w, "AAA").perceives().get("CCC")).isCloseTo(1 - 0.9 * 0.5, within(1e-12));
        assertThat(state(w, "CCC").perceives().get("AAA")).isCloseTo(1 - 0.9 * 0.5, within(1e-12));
    }

    @Test
    void regimeChangeShowsInIdentityAndInTheNamedRegime() {
        YearWorld y1874 = worlds.world(1874);
        YearWorld y1875 = worlds.world(1875);
        assertThat(state(y1874, "BBB").identity()).containsEntry("regime", "democracy");
        assertThat(state(y1874, "BBB").regime()).isEqualTo("democracy");
        assertThat(state(y1875, "BBB").identity()).containsEntry("regime", "autocracy");
        assertThat(state(y1875, "BBB").regime()).isEqualTo("autocracy");
        assertThat(state(y1875, "BBB").factions()).containsOnlyKeys("autocracy");
        assertThat(state(y1875, "CCC").identity()).containsEntry("regime", "anocracy");
        assertThat(state(y1875, "DDD").identity()).as("V-Dem fills a Polity gap").containsEntry("regime", "democracy");
    }

    @Test
    void tradeSharesOffenseReachAndGainsComeFromTheData() {
        YearWorld w = worlds.world(1870);
        StateSpec a = state(w, "AAA");
        assertThat(a.trade()).containsEntry("BBB", 0.75).containsEntry("CCC", 0.25);
        assertThat(a.reach()).isEqualTo(3);
        assertThat(state(w, "BBB").reach()).isEqualTo(1);
        assertThat(a.offense()).isBetween(0.0, 1.0);
        assertThat(a.offense()).isGreaterThan(state(w, "BBB").offense()).isGreaterThan(state(w, "CCC").offense());
        assertThat(a.offenseToward().get("BBB")).isCloseTo(a.offense() + 0.3 * (1 - a.offense()), within(1e-12));
        assertThat(a.offenseToward().get("CCC")).isCloseTo(a.offense() + 0.15 * (1 - a.offense()), within(1e-12));
        assertThat(a.gains().get("BBB").military()).as("CCC is rival to both").isEqualTo(0.5);
        assertThat(a.gains().get("BBB").economic()).isEqualTo(1);
        assertThat(a.gains().get("BBB").political()).isZero();
        assertThat(state(worlds.world(1880), "AAA").gains()).doesNotContainKey("BBB");
        assertThat(a.revisionism()).isEqualTo(Revisionism.STATUS_QUO);
        assertThat(a.module()).isNull();
        assertThat(w.covariates().contiguous(0, 1)).isTrue();
        assertThat(w.covariates().contiguous(1, 2)).as("type 0 spell").isFalse();
        assertThat(w.covariates().unDistance(0, 1)).isNaN();
    }

    @Test
    void aYearWithTooFewReportedPartnersCarriesTheLastWellCoveredYearForward() {
        // the file has 5 dyads in 1873 and one in 1874 (as in 1914-1918): 1873 stands in
        assertThat(state(worlds.world(1873), "AAA").trade()).containsEntry("BBB", 30 / 44.0);
        assertThat(state(worlds.world(1874), "AAA").trade()).containsEntry("BBB", 30 / 44.0);
        assertThat(state(worlds.world(1878), "AAA").trade()).containsEntry("BBB", 30 / 44.0);
        assertThat(state(worlds.world(1879), "AAA").trade()).as("beyond the 5-year carry").isEmpty();
        assertThat(state(worlds.world(1874), "DDD").trade()).containsEntry("AAA", 4 / 8.75);
    }

    @Test
    void everyMappingCanBeSwitchedOff() {
        MappingParams off = new MappingParams(0.1, 0.5, 0.6, 10, 0.4, 4, 2, 0.3, 0.15, 3, 0.1, 0.5, 0.5, 0.25, 10, 0.5, 5,
                false, false, false, false, false, false, false);
        StateSpec a = state(new HistoricalWorlds(data, off).world(1872), "AAA");
        assertThat(a.perceives()).isEmpty();
        assertThat(a.trade()).isEmpty();
        assertThat(a.gains()).isEmpty();
        assertThat(a.identity()).isEmpty();
        assertThat(a.offenseToward()).isEmpty();
        assertThat(a.offense()).isEqualTo(StateSpecs.DEFAULT_OFFENSE);
        assertThat(a.reach()).isEqualTo(1);
    }

    @Test
    void theRevisionismProxyMarksTheRevisionistSideOfARecentDispute() {
        HistoricalWorlds proxy = new HistoricalWorlds(data, MappingParams.DEFAULTS.withRevisionism(true));
        assertThat(state(proxy.world(1872), "BBB").revisionism()).isEqualTo(Revisionism.LIMITED);
        assertThat(state(proxy.world(1872), "AAA").revisionism()).isEqualTo(Revisionism.STATUS_QUO);
        assertThat(state(proxy.world(1871), "BBB").revisionism()).isEqualTo(Revisionism.STATUS_QUO);
    }

    @Test
    void aDisputeOrRivalryNamingAnUnknownStateIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        Path mids = dir.resolve(HistoricalData.DISPUTES);
        String row = Files.readAllLines(mids).get(1).replaceFirst("^7,2,20,", "7,2,999,");
        Files.writeString(mids, Files.readString(mids) + row + "\n");

        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> HistoricalData.load(dir));

        assertThat(e.getMessage()).startsWith(mids + ":6: ccode2").contains("unknown state code 999");
    }

    @Test
    void anUnknownStateInTheTradeOrContiguityFileIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        Path trade = dir.resolve(HistoricalData.TRADE);
        Files.writeString(trade, Files.readString(trade) + "2,555,1872,1,1,1,1\n");

        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> HistoricalData.load(dir));

        assertThat(e.getMessage()).startsWith(trade + ":14: ccode2").contains("unknown state code 555");
        copyFixtures(dir);
        Path contiguity = dir.resolve(HistoricalData.CONTIGUITY);
        Files.writeString(contiguity, Files.readString(contiguity) + "777,2,1,1816-01-01,2016-12-01\n");

        e = catchThrowableOfType(DataFormatException.class, () -> HistoricalData.load(dir));

        assertThat(e.getMessage()).startsWith(contiguity + ":8: ccode1").contains("unknown state code 777");
    }

    @Test
    void withTheTradeFileAndAnEarlierFileBrokenTheEarlierIsReported(@TempDir Path dir) throws Exception {
        // the trade file is read on a second thread: its error still comes in the files' order
        copyFixtures(dir);
        Files.writeString(dir.resolve(HistoricalData.TRADE), "not,a,trade,file\n1,2,3\n");
        Path mids = dir.resolve(HistoricalData.DISPUTES);
        String row = Files.readAllLines(mids).get(1).replaceFirst("^7,2,20,", "7,2,999,");
        Files.writeString(mids, Files.readString(mids) + row + "\n");

        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> HistoricalData.load(dir));

        assertThat(e.getMessage()).startsWith(mids + ":6: ccode2:");
        Files.copy(fixtureFolder().resolve(HistoricalData.DISPUTES), mids, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        e = catchThrowableOfType(DataFormatException.class, () -> HistoricalData.load(dir));
        assertThat(e.getMessage()).startsWith(dir.resolve(HistoricalData.TRADE).toString());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        Files.delete(dir.resolve(HistoricalData.CONTIGUITY));

        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> HistoricalData.load(dir));

        assertThat(e.getMessage()).contains(HistoricalData.CONTIGUITY, "file not found");
    }

    private static void copyFixtures(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(fixtureFolder())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void theModelRunsOnAFixtureWorld() {
        YearWorld w = worlds.world(1872);
        AllianceModel m = new AllianceModel(w.scenario(), null, 7);
        m.runSteps(Settling.DEFAULT_STEPS);
        assertThat(m.ties().commitment(0, 1)).isBetween(0.0, 1.0);
    }

    @Test
    void settlingCoversBothLagsAtTheDefaultRates() {
        assertThat(Settling.DEFAULT_STEPS).isEqualTo(17 + 13);
        assertThat(Math.pow(0.75, 17)).isLessThan(Settling.TOLERANCE);
        assertThat(Math.pow(0.75, 16)).isGreaterThan(Settling.TOLERANCE);
    }

    /** A source for a span keeps trade for that span only, and builds the same worlds as the whole data. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1870,1872", "1873,1874", "1875,1880", "1879,1879"})
    void aSourceForASpanBuildsTheSameWorldsAsTheWholeData(int from, int to) throws Exception {
        HistoricalWorlds span = HistoricalWorlds.fromFolder(fixtureFolder(), from, to);
        for (int y = from; y <= to; y++) {
            assertThat(span.world(y)).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
                    .isEqualTo(worlds.world(y));
        }
        assertThat(span.firstYear()).isEqualTo(worlds.firstYear());
        assertThat(span.lastYear()).isEqualTo(worlds.lastYear());
    }
}
