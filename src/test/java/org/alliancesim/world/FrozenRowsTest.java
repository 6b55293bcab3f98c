package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshots clone only rows that moved: on seeded random sequences of writes and kept rows, a kept
 * row not written since its last clone is that very clone (even when the snapshots in between left
 * it out), a written row whose values moved is a new clone holding the live values, a row written
 * back to the same values is shared, and a row left out is its clone while unwritten, else null.
 */
class FrozenRowsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void onlyRowsThatMovedAreCloned(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(9);
        double[][] live = new double[n][n];
        FrozenRows frozen = new FrozenRows(n);
        double[][] clone = new double[n][];
        boolean[] movedSinceClone = new boolean[n];
        boolean[] writtenSinceClone = new boolean[n];
        for (int step = 0; step < 40; step++) {
            for (int k = r.nextInt(4); k > 0; k--) {
                int i = r.nextInt(n);
                int j = r.nextInt(n);
                // half the writes put the value back as it was (written, not moved)
                double v = r.nextBoolean() ? live[i][j] : r.nextDouble();
                frozen.written(i);
                movedSinceClone[i] |= Double.doubleToLongBits(v) != Double.doubleToLongBits(live[i][j]);
                writtenSinceClone[i] = true;
                live[i][j] = v;
            }
            boolean[] keep = r.nextInt(4) == 0 ? null : new boolean[n];
            if (keep != null) {
                for (int i = 0; i < n; i++) {
                    keep[i] = r.nextBoolean();
                }
            }
            double[][] rows = frozen.freeze(live, keep);
            for (int i = 0; i < n; i++) {
                if (keep == null || keep[i]) {
                    assertThat(rows[i]).as("kept row %d", i).containsExactly(live[i]).isNotSameAs(live[i]);
                    if (clone[i] != null && !movedSinceClone[i]) {
                        assertThat(rows[i]).as("row %d did not move: its last clone", i).isSameAs(clone[i]);
                    } else {
                        assertThat(rows[i]).as("row %d moved: a new clone", i).isNotSameAs(clone[i]);
                    }
                    clone[i] = rows[i];
                    movedSinceClone[i] = false;
                    writtenSinceClone[i] = false;
                } else if (writtenSinceClone[i] || clone[i] == null) {
                    assertThat(rows[i]).as("left-out row %d, written", i).isNull();
                } else {
                    assertThat(rows[i]).as("left-out row %d, unwritten", i).isSameAs(clone[i]);
                }
            }
        }
    }
}
