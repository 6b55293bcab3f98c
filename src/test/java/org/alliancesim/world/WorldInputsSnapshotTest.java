package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshots, which share every row not written since it was last frozen, hold the values of the
 * moment they were taken, for every row they keep, after any writes; rows they leave out read as
 * null once written, and a snapshot cannot be written.
 */
class WorldInputsSnapshotTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void keptRowsHoldTheValuesOfTheirStep(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 9;
        WorldInputs w = new WorldInputs(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), List.of("military"));
        WorldInputs last = w.snapshot();
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
            WorldInputs snap = w.snapshot(rows);
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
        assertThatThrownBy(() -> frozen.snapshot()).isInstanceOf(IllegalStateException.class);
        double reach = w.reach(2);
        assertThatThrownBy(() -> frozen.setReach(2, 7)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> frozen.setIntent(2, 1, 0.7)).isInstanceOf(NullPointerException.class);
        assertThat(w.reach(2)).as("a failed write reaches no shared array").isEqualTo(reach);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6})
    void aRowLeftOutReadsAsNullUntilKeptAgain(long seed) {
        WorldInputs w = new WorldInputs(List.of("A", "B", "C"), List.of("military"));
        WorldInputs last = w.snapshot();
        w.setIntent(2, 0, 0.5);
        WorldInputs partial = w.snapshot(new boolean[] {true, false, false});
        assertThatThrownBy(() -> partial.intent(2, 0)).isInstanceOf(NullPointerException.class);
        assertThat(partial.intent(1, 0)).isEqualTo(0);
        WorldInputs full = w.snapshot(new boolean[] {true, true, true});
        assertThat(full.intent(2, 0)).isEqualTo(0.5);
    }
}
