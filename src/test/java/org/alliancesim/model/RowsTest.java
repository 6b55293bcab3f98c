package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The world's rows built from a scenario's id-keyed maps in one walk over each map ({@link Rows})
 * equal what a lookup per pair of states gives, and the identity share counted without a union
 * set equals the share over the union: on seeded random maps that name some ids, unknown keys,
 * both orders of a distance pair and (in some worlds) duplicate ids.
 */
class RowsTest {
    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(k -> 1000L + k);
    }

    private static List<String> ids(Random r, boolean duplicates) {
        int n = 1 + r.nextInt(12);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ids.add(duplicates && k > 0 && r.nextInt(4) == 0 ? ids.get(r.nextInt(k)) : "S" + k);
        }
        return ids;
    }

    private static String someKey(Random r, List<String> ids) {
        return r.nextInt(8) == 0 ? "X" + r.nextInt(3) : ids.get(r.nextInt(ids.size()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rowsEqualALookupPerColumn(long seed) {
        Random r = new Random(seed);
        List<String> ids = ids(r, seed % 3 == 0);
        Rows rows = new Rows(ids);
        Map<String, Double> m = new HashMap<>();
        Map<String, String> g = new HashMap<>();
        for (int k = r.nextInt(2 * ids.size() + 1); k > 0; k--) {
            m.put(someKey(r, ids), r.nextDouble());
            g.put(someKey(r, ids), "g" + k);
        }
        double[] got = new double[ids.size()];
        String[] gotObjects = new String[ids.size()];
        rows.fill(m, -1.0, got);
        rows.fill(g, gotObjects);
        for (int j = 0; j < ids.size(); j++) {
            assertThat(got[j]).isEqualTo(m.getOrDefault(ids.get(j), -1.0));
            assertThat(gotObjects[j]).isEqualTo(g.get(ids.get(j)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void distancesTakeTheForwardKeyThenTheBackwardOne(long seed) {
        Random r = new Random(seed);
        List<String> ids = ids(r, seed % 3 == 0);
        Map<String, Double> byPair = new HashMap<>();
        for (int k = r.nextInt(3 * ids.size() + 1); k > 0; k--) {
            byPair.put(someKey(r, ids) + "-" + someKey(r, ids), (double) r.nextInt(20_000));
        }
        double[][] km = new Rows(ids).distances(byPair);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Double want = byPair.get(ids.get(i) + "-" + ids.get(j));
                if (want == null) {
                    want = byPair.get(ids.get(j) + "-" + ids.get(i));
                }
                assertThat(Double.valueOf(km[i][j])).as("%s-%s", ids.get(i), ids.get(j)).isEqualTo(Double.valueOf(want == null ? Double.NaN : want));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void identityShareIsTheShareOverTheUnionOfTraits(long seed) {
        Random r = new Random(seed);
        Map<String, String> a = new HashMap<>();
        Map<String, String> b = new HashMap<>();
        for (int k = r.nextInt(5); k > 0; k--) {
            a.put("t" + r.nextInt(5), "v" + r.nextInt(3));
            b.put("t" + r.nextInt(5), "v" + r.nextInt(3));
        }
        Set<String> union = new HashSet<>(a.keySet());
        union.addAll(b.keySet());
        long same = union.stream().filter(k -> a.containsKey(k) && a.get(k).equals(b.get(k))).count();
        double want = union.isEmpty() ? 0 : same / (double) union.size();
        assertThat(WorldFactory.similarity(a, b)).isEqualTo(want);
        assertThat(WorldFactory.similarity(b, a)).isEqualTo(want);
    }
}
