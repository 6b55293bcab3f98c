package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExactEnumerator} against {@link BruteForceReference} (all 2^N configurations, energies
 * from the definition, naive descent from every configuration) on random landscapes of 2 to 10
 * actors: same minima, same energies, same basins, same frustrations.
 */
class LandscapeBruteForceTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exactEnumerationMatchesBruteForce(long seed) {
        int n = RandomLandscapes.actorCount(seed, 2, 10);
        Landscape landscape = RandomLandscapes.create(n, seed);
        BruteForceReference.Outcome expected = new BruteForceReference(landscape).analyse();
        LandscapeResult actual = new ExactEnumerator().enumerate(landscape);

        Map<String, LocalMinimum> byName = new HashMap<>();
        for (LocalMinimum m : actual.minima()) {
            byName.put(m.configuration().toString(), m);
        }
        assertThat(byName.keySet()).as("local minima, N=%d", n).isEqualTo(expected.energies().keySet());
        assertThat(expected.basinCounts().keySet()).as("descent ends only in minima")
                .isSubsetOf(expected.energies().keySet());
        assertThat(actual.samples() * 2).isEqualTo(expected.starts());

        double scale = 1e-9 * (1 + Math.abs(actual.globalMinimum().energy()));
        for (Map.Entry<String, Double> e : expected.energies().entrySet()) {
            LocalMinimum m = byName.get(e.getKey());
            assertThat(m.energy()).as("energy of %s", e.getKey()).isCloseTo(e.getValue(), within(scale));
            long count = expected.basinCounts().getOrDefault(e.getKey(), 0L);
            // each partition appears twice among the 2^N brute-force starts (C and its complement)
            assertThat(m.basinCount() * 2).as("basin of %s", e.getKey()).isEqualTo(count);
            assertThat(m.basin()).isEqualTo((double) count / expected.starts());
            for (int i = 0; i < n; i++) {
                assertThat(m.frustration(i)).as("frustration of %d in %s", i, e.getKey())
                        .isCloseTo(BruteForceReference.frustration(landscape, e.getKey(), i), within(scale));
            }
        }
        for (int r = 1; r < actual.minima().size(); r++) {
            assertThat(actual.minima().get(r).energy()).isGreaterThanOrEqualTo(actual.minima().get(r - 1).energy());
            assertThat(actual.minima().get(r).rank()).isEqualTo(r + 1);
        }
        double total = actual.minima().stream().mapToDouble(LocalMinimum::basin).sum();
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }
}
