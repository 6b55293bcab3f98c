package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.world.Reversion;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trial's answer to which entry of a row of threats it may revert ({@link Reversion#revertedThreatEntry})
 * agrees with its per-input tests and with what it reads, and its rows of intent with its cells: for every cause, deciding state and
 * partner drawn from a seeded generator, with and without changed factions, every entry b of every
 * row a whose intent (a's of b), reach (b's) or offense (b's toward a) the trial may revert, or reads
 * from the snapshot, is the one entry named, unless it says several.
 */
class RevertedThreatEntryTest {

    static Stream<Arguments> worlds() {
        return IntStream.range(0, 5).mapToObj(k -> Arguments.of(3 + 5 * k, 3100L + k));
    }

    @ParameterizedTest(name = "N={0}, seed={1}")
    @MethodSource("worlds")
    void theEntryNamedIsTheOnlyOneReverted(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        AllianceModel model = new AllianceModel(RandomWorld.generate(n, seed, 0.05).toScenario(3), null, seed);
        model.start();
        WorldInputs now = (WorldInputs) model.inputs();
        WorldInputs then = now.snapshot();
        // every intent, reach and offense of the current world then moves away from the snapshot's
        for (int a = 0; a < n; a++) {
            now.setReach(a, then.reach(a) + 0.25);
            for (int b = 0; b < n; b++) {
                now.setIntent(a, b, 1 - 0.5 * then.intent(a, b) + 0.125);
                now.setOffense(a, b, 1 - 0.5 * then.offense(a, b) + 0.125);
            }
        }
        int single = 0;
        for (Cause c : Cause.values()) {
            for (int t = 0; t < 6; t++) {
                int i = r.nextInt(n);
                int j = (i + 1 + r.nextInt(n - 1)) % n;
                Set<RegimeKey> keys = t % 2 == 0 ? Set.of() : intentsOf(r.nextInt(n), n);
                TrialInputs trial = new TrialInputs(now, then, c, i, j, keys);
                for (int a = 0; a < n; a++) {
                    int entry = trial.revertedThreatEntry(a);
                    if (entry == Reversion.SEVERAL_ENTRIES) {
                        continue;
                    }
                    single++;
                    assertThat(entry).as("%s %d-%d row %d", c, i, j, a).isNotEqualTo(a).isBetween(-1, n - 1);
                    for (int b = 0; b < n; b++) {
                        if (b == a || b == entry) {
                            continue;
                        }
                        String what = c + " trial of " + i + "-" + j + ", row " + a + ", entry " + b;
                        assertThat(trial.revertsIntent(a, b) || trial.revertsReach(b) || trial.revertsOffense(b, a))
                                .as(what).isFalse();
                        assertThat(trial.intent(a, b)).as(what).isEqualTo(now.intent(a, b));
                        assertThat(trial.reach(b)).as(what).isEqualTo(now.reach(b));
                        assertThat(trial.offense(b, a)).as(what).isEqualTo(now.offense(b, a));
                    }
                }
            }
        }
        assertThat(single).isPositive();
    }

    /** A trial's row of intents ({@code intentValues}) is its intents cell by cell, for every cause and row. */
    @ParameterizedTest(name = "N={0}, seed={1}")
    @MethodSource("worlds")
    void aTrialsRowOfIntentsIsItsIntents(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        AllianceModel model = new AllianceModel(RandomWorld.generate(n, seed, 0.05).toScenario(3), null, seed);
        model.start();
        WorldInputs now = (WorldInputs) model.inputs();
        WorldInputs then = now.snapshot();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                now.setIntent(a, b, 1 - 0.5 * then.intent(a, b) + 0.125);
            }
        }
        for (Cause c : Cause.values()) {
            for (int t = 0; t < 6; t++) {
                int i = r.nextInt(n);
                int j = (i + 1 + r.nextInt(n - 1)) % n;
                Set<RegimeKey> keys = t % 2 == 0 ? Set.of() : intentsOf(r.nextInt(n), n);
                TrialInputs trial = new TrialInputs(now, then, c, i, j, keys);
                for (int a = 0; a < n; a++) {
                    double[] row = trial.intentValues(a, new double[n]);
                    for (int b = 0; b < n; b++) {
                        assertThat(row[b]).as("%s trial of %d-%d with %d keys: intent %d-%d", c, i, j, keys.size(), a, b)
                                .isEqualTo(trial.intent(a, b));
                    }
                }
            }
        }
    }

    private static Set<RegimeKey> intentsOf(int m, int n) {
        Set<RegimeKey> keys = new HashSet<>();
        for (int x = 0; x < n; x++) {
            keys.add(new RegimeKey(RegimeKey.Kind.INTENT, m, x));
        }
        return keys;
    }
}
