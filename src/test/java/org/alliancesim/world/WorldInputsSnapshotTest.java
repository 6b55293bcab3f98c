package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshots found from the rows written since the last one (no comparison) hold the values of
 * the moment they were taken, for every row they keep, after any writes; rows they leave out read
 * as null, and a snapshot cannot be written.
 */
class WorldInputsSnapshotTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void keptRowsHoldTheValuesOfTheirStep(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 9;
        WorldInputs w = new WorldInputs(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), List.of("military"));
        WorldInputs last = w.snapshot(null);
        for (int step = 0; step < 12; step++) {
            for (int k = 0; k < 6; k++) {
                int i = r.nextInt(n);
                int j = r.nextInt(n);
                switch (r.nextInt(5)) {
                    case 0 -> w.setIntent(i, j, r.nextDouble());
                    case 1 -> w.setCredibility(i, j, r.nextDouble());
                    case 2 -> w.setGain(i, j, Channel.values()[r.nextInt(3)], r.nextDouble());
                    case 3 -> w.setOffense(i, j, r.nextDouble());
                    default -> w.setTrade(i, j, r.nextDouble());
                }
            }
            boolean[] rows = new boolean[n];
            rows[r.nextInt(n)] = true;
            rows[r.nextInt(n)] = true;
            WorldInputs copy = new WorldInputs(w);
            WorldInputs snap = w.snapshot(last, rows);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(snap.offense(i, j)).isEqualTo(copy.offense(i, j));
                    if (rows[i]) {
                        assertThat(snap.intent(i, j)).isEqualTo(copy.intent(i, j));
                        assertThat(snap.credibility(i, j)).isEqualTo(copy.credibility(i, j));
                        assertThat(snap.trade(i, j)).isEqualTo(copy.trade(i, j));
                        for (Channel ch : Channel.values()) {
                            assertThat(snap.gain(i, j, ch)).isEqualTo(copy.gain(i, j, ch));
                        }
                    }
                }
            }
            // Later writes do not reach the snapshot.
            w.setIntent(0, 1, 0.123);
            w.setOffense(1, 0, 0.456);
            for (int i = 0; i < n; i++) {
                if (rows[i]) {
                    assertThat(snap.intent(i, 1 % n)).isEqualTo(copy.intent(i, 1 % n));
                }
            }
            assertThat(snap.offense(1, 0)).isEqualTo(copy.offense(1, 0));
            last = snap;
        }
        WorldInputs frozen = last;
        assertThatThrownBy(() -> frozen.snapshot(null)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6})
    void aRowLeftOutReadsAsNullUntilKeptAgain(long seed) {
        WorldInputs w = new WorldInputs(List.of("A", "B", "C"), List.of("military"));
        WorldInputs last = w.snapshot(null);
        w.setIntent(2, 0, 0.5);
        WorldInputs partial = w.snapshot(last, new boolean[] {true, false, false});
        assertThatThrownBy(() -> partial.intent(2, 0)).isInstanceOf(NullPointerException.class);
        assertThat(partial.intent(1, 0)).isEqualTo(0);
        WorldInputs full = w.snapshot(partial, new boolean[] {true, true, true});
        assertThat(full.intent(2, 0)).isEqualTo(0.5);
    }
}
