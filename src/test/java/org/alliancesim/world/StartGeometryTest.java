package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assessments of copies of one world share the geometry the first derives ({@link StartGeometry})
 * and give exactly what an assessment deriving its own gives, on seeded random worlds; a copy
 * whose distances, reaches or offense moved, or an assessment with other parameters, derives its
 * own; and an assessment's matrices are its own (a later assessment of another copy, or of the
 * original, does not change them).
 */
class StartGeometryTest {
    static LongStream seeds() {
        return LongStream.range(0, 25).map(k -> 900 + k);
    }

    @ParameterizedTest(name = "world {0}")
    @MethodSource("seeds")
    void copiesShareTheGeometryTheyWouldDerive(long seed) {
        WorldInputs original = RandomInputs.of(seed);
        int n = original.size();
        ProximityParams linear = new ProximityParams(ProximityParams.Gradient.LINEAR, 1500, 6000);
        ThreatParams threat = ThreatParams.DEFAULTS;
        WorldInputs a = new WorldInputs(original);
        WorldInputs b = new WorldInputs(original);
        assertThat(a.geometryOrigin()).isNotZero().isEqualTo(b.geometryOrigin());
        assertThat(original.geometryOrigin()).isZero();
        Assessment first = new Assessment(a, threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS);
        Assessment shared = new Assessment(b, threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS);
        Assessment own = new Assessment(original, threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS);
        assertSame(shared, own, n);
        assertSame(first, own, n);

        // other parameters: derived again, not taken from the copies above
        Assessment otherParams = new Assessment(new WorldInputs(original), threat, linear, PowerParams.DEFAULTS);
        assertSame(otherParams, new Assessment(original, threat, linear, PowerParams.DEFAULTS), n);

        // a copy whose distances moved is no longer its original's geometry
        WorldInputs moved = new WorldInputs(original);
        moved.setDistanceKm(0, 1, 1);
        assertThat(moved.geometryOrigin()).isZero();
        WorldInputs plain = new WorldInputs(original);
        plain.setDistanceKm(0, 1, 1);
        assertSame(new Assessment(moved, threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS),
                new Assessment(plain, threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS), n);

        // the original moved, then copied: its copies share the new geometry, not the old
        original.setReach(0, original.reach(0) + 1);
        Assessment after = new Assessment(new WorldInputs(original), threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS);
        assertSame(after, new Assessment(original, threat, ProximityParams.DEFAULTS, PowerParams.DEFAULTS), n);
        // and the earlier assessments kept theirs
        assertSame(shared, first, n);
        assertThat(shared.strength(0, 1)).isEqualTo(first.strength(0, 1));
    }

    private static void assertSame(Assessment a, Assessment b, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String at = i + "," + j;
                assertThat(a.strength(j, i)).as("strength " + at).isEqualTo(b.strength(j, i));
                assertThat(a.projection(j, i)).as("projection " + at).isEqualTo(b.projection(j, i));
                assertThat(a.materialThreat(j, i)).as("material " + at).isEqualTo(b.materialThreat(j, i));
                assertThat(a.threat(i, j)).as("threat " + at).isEqualTo(b.threat(i, j));
            }
            assertThat(a.principalThreat(i, -1)).isEqualTo(b.principalThreat(i, -1));
            assertThat(a.dominantPower(i, -1)).isEqualTo(b.dominantPower(i, -1));
        }
    }
}
