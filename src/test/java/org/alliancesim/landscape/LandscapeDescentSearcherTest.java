package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DescentSearcher} checked against {@link ExactEnumerator}, and on landscapes too big to enumerate. */
class LandscapeDescentSearcherTest {

    private static final int STARTS = 4000;

    /** Real-valued landscapes (seed % 3 != 0), so the global minimum is unique. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 4, 5, 7, 8, 10, 11, 13, 14})
    void findsTheGlobalMinimumOfTwelveActors(long seed) {
        Landscape landscape = RandomLandscapes.create(12, seed);
        LandscapeResult exact = new ExactEnumerator().enumerate(landscape);
        LandscapeResult found = new DescentSearcher(STARTS, seed).search(landscape);

        assertThat(found.method()).isEqualTo(LandscapeResult.Method.DESCENT);
        assertThat(found.samples()).isEqualTo(STARTS);
        assertThat(found.globalMinimum().configuration()).isEqualTo(exact.globalMinimum().configuration());
        assertThat(found.globalMinimum().energy()).isEqualTo(exact.globalMinimum().energy());

        Map<Configuration, LocalMinimum> exactMinima = new HashMap<>();
        exact.minima().forEach(m -> exactMinima.put(m.configuration(), m));
        long starts = 0;
        for (LocalMinimum m : found.minima()) {
            assertThat(exactMinima).containsKey(m.configuration());
            // 4000 starts: standard error of a share is at most 0.008
            assertThat(m.basin()).isCloseTo(exactMinima.get(m.configuration()).basin(), within(0.04));
            starts += m.basinCount();
        }
        assertThat(starts).isEqualTo(STARTS);
    }

    @Test
    void sameSeedSameResultDifferentSeedStillValid() {
        Landscape landscape = RandomLandscapes.create(40, 7);
        LandscapeResult a = new DescentSearcher(300, 99).search(landscape);
        LandscapeResult b = new DescentSearcher(300, 99).search(landscape);
        assertThat(a.minima()).extracting(m -> m.configuration().toString() + " " + m.basinCount())
                .containsExactlyElementsOf(b.minima().stream()
                        .map(m -> m.configuration().toString() + " " + m.basinCount()).toList());
        assertThat(new DescentSearcher(300, 100).search(landscape).minima()).isNotEmpty();
    }

    @Test
    void everyMinimumFoundForFortyActorsIsALocalMinimum() {
        Landscape landscape = RandomLandscapes.create(40, 8);
        LandscapeResult r = new DescentSearcher(500, 3).search(landscape);
        double total = 0;
        for (LocalMinimum m : r.minima()) {
            assertThat(m.configuration().actorCount()).isEqualTo(40);
            assertThat(m.side(0)).isEqualTo(Side.A);
            boolean[] onB = m.configuration().onB();
            for (int k = 0; k < 40; k++) {
                onB[k] = !onB[k];
                double moved = landscape.energy(Configuration.of(onB));
                onB[k] = !onB[k];
                assertThat(moved).as("switching actor %d of %s", k, m.configuration())
                        .isGreaterThanOrEqualTo(m.energy() - landscape.tolerance());
            }
            total += m.basin();
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void solverEnumeratesUpTo25ActorsAndSearchesBeyond() {
        assertThat(LandscapeSolver.solve(RandomLandscapes.create(6, 1), 10, 1).method())
                .isEqualTo(LandscapeResult.Method.EXACT);
        LandscapeResult big = LandscapeSolver.solve(RandomLandscapes.create(26, 1), 50, 1);
        assertThat(big.method()).isEqualTo(LandscapeResult.Method.DESCENT);
        assertThat(big.samples()).isEqualTo(50);
        assertThatThrownBy(() -> new ExactEnumerator().enumerate(RandomLandscapes.create(26, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25");
        assertThatThrownBy(() -> new DescentSearcher(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
