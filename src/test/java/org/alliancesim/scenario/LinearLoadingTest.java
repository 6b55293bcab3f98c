package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loading stays linear in the size of the file: the key lookups the loader makes in the node tree
 * ({@link NodeTrees#entry}, the only place a mapping is searched by key) are counted, not timed,
 * for seeded worlds of N and 4N states in which every state names every other in each of its
 * dyadic maps (so the file grows as N squared). A lookup per key of a large mapping (as the
 * positions of state ids once were found) makes the count grow as N cubed.
 */
class LinearLoadingTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void keyLookupsGrowNoFasterThanTheFile(long seed) throws ScenarioException {
        String small = world(15, seed);
        String large = world(60, seed);
        double perCharSmall = lookups(small) / (double) small.length();
        double perCharLarge = lookups(large) / (double) large.length();
        assertThat(perCharLarge).as("entries scanned per character of the file, 60 states vs 15")
                .isLessThan(1.5 * perCharSmall + 0.01);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void aTemplateLoadsWithTheSameLinearWork(long seed) throws ScenarioException {
        String small = world(15, seed);
        String large = world(60, seed);
        long a = NodeTrees.entriesScanned();
        ScenarioTemplate.parse(small, "small.yaml");
        long b = NodeTrees.entriesScanned();
        ScenarioTemplate.parse(large, "large.yaml");
        long c = NodeTrees.entriesScanned();
        assertThat((c - b) / (double) large.length()).isLessThan(1.5 * (b - a) / (double) small.length() + 0.01);
    }

    private static long lookups(String text) throws ScenarioException {
        long before = NodeTrees.entriesScanned();
        Scenario s = ScenarioLoader.parse(text, "world.yaml");
        assertThat(s.states()).isNotEmpty();
        return NodeTrees.entriesScanned() - before;
    }

    /** N states, each naming every other in perceives, credibility, trade, gains and offenseToward. */
    static String world(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("name: world\ntime: {start: 2000, unit: year, steps: 10}\nfocal: [S0]\n");
        b.append("states:\n");
        for (int i = 0; i < n; i++) {
            b.append("  - id: S").append(i).append('\n');
            b.append(String.format(Locale.ROOT, "    capital: {lat: %.3f, lon: %.3f}%n", r.nextDouble() * 160 - 80,
                    r.nextDouble() * 340 - 170));
            b.append(String.format(Locale.ROOT, "    power: {military: %.3f, economy: %.3f}%n", r.nextDouble(), r.nextDouble()));
            for (String field : new String[] {"perceives", "credibility", "offenseToward", "trade"}) {
                b.append("    ").append(field).append(": {");
                for (int j = 0, k = 0; j < n; j++) {
                    if (j != i) {
                        double v = field.equals("trade") ? 0.5 / n : r.nextDouble();
                        b.append(k++ == 0 ? "" : ", ").append('S').append(j).append(": ")
                                .append(String.format(Locale.ROOT, "%.5f", v));
                    }
                }
                b.append("}\n");
            }
            b.append("    gains: {");
            for (int j = 0, k = 0; j < n; j++) {
                if (j != i) {
                    b.append(k++ == 0 ? "" : ", ").append('S').append(j)
                            .append(String.format(Locale.ROOT, ": {economic: %.3f}", r.nextDouble()));
                }
            }
            b.append("}\n");
        }
        b.append("distances:\n");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b.append(String.format(Locale.ROOT, "  - {between: [S%d, S%d], km: %.1f}%n", i, j, r.nextDouble() * 20000));
            }
        }
        b.append("events:\n");
        for (int i = 0; i < n; i++) {
            b.append(String.format(Locale.ROOT, "  - {type: intent, state: S%d, partner: S%d, value: 0.5, step: %d}%n",
                    i, (i + 1) % n, i % 10));
        }
        return b.toString();
    }
}
