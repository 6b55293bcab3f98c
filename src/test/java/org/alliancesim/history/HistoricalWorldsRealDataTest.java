package org.alliancesim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.StateSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole worlds from the real data in ../shared/data (skipped when it is absent). */
class HistoricalWorldsRealDataTest {
    private static final Path REAL = Paths.get("..", "shared", "data");
    private static HistoricalWorlds worlds;

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(Files.isReadable(REAL.resolve(HistoricalData.TRADE)),
                () -> "skipped: real data not present in " + REAL.toAbsolutePath().normalize());
        long t0 = System.nanoTime();
        worlds = HistoricalWorlds.fromFolder(REAL);
        System.out.printf("loaded ../shared/data in %.2f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void the1914SystemHoldsAustriaHungaryAndTheGreatPowers() {
        YearWorld w = worlds.world(1914);
        assertThat(w.ccodes()).isSorted();
        assertThat(w.scenario().states()).hasSizeBetween(40, 50);
        assertThat(w.scenario().indexOf("AUH")).isGreaterThanOrEqualTo(0);
        assertThat(w.scenario().indexOf("GMY")).isGreaterThanOrEqualTo(0);
        StateSpec rus = w.scenario().states().get(w.scenario().indexOf("RUS"));
        assertThat(rus.lat()).isCloseTo(59.96, org.assertj.core.data.Offset.offset(0.01));
        int auh = w.scenario().indexOf("AUH");
        int srb = w.scenario().indexOf("YUG");
        StateSpec a = w.scenario().states().get(auh);
        assertThat(a.perceives().get("YUG")).isGreaterThan(a.perceives().get("USA"));
        assertThat(w.covariates().contiguous(auh, srb)).isTrue();
        assertThat(w.covariates().unDistance(auh, srb)).isNaN();
        assertThat(a.module()).isNull();
    }

    @Test
    void the1950SystemHasUnDistancesBothKoreasAndNoGermany() {
        YearWorld w = worlds.world(1950);
        assertThat(w.scenario().states()).hasSizeBetween(70, 85);
        int usa = w.scenario().indexOf("USA");
        int rus = w.scenario().indexOf("RUS");
        assertThat(w.scenario().indexOf("PRK")).isGreaterThanOrEqualTo(0);
        assertThat(w.scenario().indexOf("ROK")).isGreaterThanOrEqualTo(0);
        assertThat(w.scenario().indexOf("GMY")).isEqualTo(-1);
        assertThat(w.scenario().indexOf("GFR")).isEqualTo(-1);
        StateSpec prk = w.scenario().states().get(w.scenario().indexOf("PRK"));
        assertThat(prk.perceives().get("ROK")).isGreaterThan(0.8);
        assertThat(w.covariates().unDistance(usa, rus)).isGreaterThan(1);
        assertThat(w.covariates().distanceKm(usa, rus)).isBetween(7000.0, 8500.0);
    }

    @Test
    void everyYearBuildsAndTheModelRunsOn1914() {
        long t0 = System.nanoTime();
        int states = 0;
        for (int y = 1816; y <= 1954; y++) {
            states += worlds.world(y).scenario().states().size();
        }
        System.out.printf("built 1816-1954 (%d state-years) in %.2f s%n", states, (System.nanoTime() - t0) / 1e9);
        assertThat(states).isGreaterThan(5000);
        YearWorld w = worlds.world(1914);
        AllianceModel m = new AllianceModel(w.scenario(), null, 1);
        m.runSteps(Settling.DEFAULT_STEPS);
        double max = 0;
        int n = w.ccodes().length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                max = Math.max(max, m.ties().commitment(i, j));
            }
        }
        System.out.printf("1914, %d steps: largest commitment %.3f%n", Settling.DEFAULT_STEPS, max);
        assertThat(max).isGreaterThan(0);
    }

    /** The backtest's source for 1905-1920 keeps trade from 1900 on only and builds the same worlds (1914-1918 carry 1913's). */
    @Test
    void aSourceForASpanBuildsTheSameWorldsAsTheWholeData() throws Exception {
        HistoricalWorlds span = HistoricalWorlds.fromFolder(REAL, 1905, 1920);
        for (int y : new int[] {1905, 1913, 1914, 1918, 1920}) {
            assertThat(span.world(y)).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
                    .isEqualTo(worlds.world(y));
        }
    }
}
