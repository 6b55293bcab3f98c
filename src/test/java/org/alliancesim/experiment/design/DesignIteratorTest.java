package org.alliancesim.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A design's {@link Design#iterator()} (points made one at a time, for the sweep's check of every
 * point) yields exactly {@link Design#points()}, in order: 20 seeded settings of each design.
 */
class DesignIteratorTest {

    static LongStream seeds() {
        return LongStream.range(1, 21);
    }

    private static List<double[]> drain(Iterator<double[]> it) {
        List<double[]> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static void assertSame(Design d) {
        List<double[]> whole = d.points();
        List<double[]> streamed = drain(d.iterator());
        assertThat(streamed).hasSize(whole.size()).hasSize((int) d.size());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(streamed.get(i)).as(d.name() + " point " + i).containsExactly(whole.get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyDesignStreamsItsPointsInOrder(long seed) {
        Random rng = new Random(seed);
        int dims = 1 + rng.nextInt(4);
        List<double[]> levels = new ArrayList<>();
        double[] min = new double[dims];
        double[] max = new double[dims];
        boolean[] round = new boolean[dims];
        for (int k = 0; k < dims; k++) {
            double[] l = new double[1 + rng.nextInt(6)];
            for (int i = 0; i < l.length; i++) {
                l[i] = rng.nextInt(1000) / 100.0;
            }
            levels.add(l);
            min[k] = rng.nextDouble();
            max[k] = min[k] + 1 + rng.nextInt(50);
            round[k] = rng.nextBoolean();
        }
        int n = 1 + rng.nextInt(300);
        assertSame(new GridDesign(levels));
        assertSame(new LatinHypercubeDesign(n, min, max, round, seed));
        assertSame(new SobolDesign(n, min, max, round));
    }
}
