package org.alliancesim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.data.CincCalculator;
import org.alliancesim.data.CincValue;
import org.alliancesim.data.NmcRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CowPowerTest {

    private static NmcRecord rec(int ccode, double... v) {
        OptionalDouble[] o = new OptionalDouble[6];
        for (int k = 0; k < 6; k++) {
            o[k] = v[k] < 0 ? OptionalDouble.empty() : OptionalDouble.of(v[k]);
        }
        return new NmcRecord("S" + ccode, ccode, 2000, o[0], o[1], o[2], o[3], o[4], o[5], OptionalDouble.empty());
    }

    @Test
    void dimensionsAreMeanSharesInPercent() {
        // milex, milper, irst, pec, tpop, upop
        List<NmcRecord> system = List.of(rec(1, 30, 10, 40, 25, 100, 10), rec(2, 10, 30, 60, 75, 300, 30));

        Map<Integer, double[]> p = CowPower.of(system);

        assertThat(p.get(1)).containsExactly(new double[] {25, (40 + 25) / 2.0, (75 + 25) / 2.0}, within(1e-9));
        assertThat(p.get(2)).containsExactly(new double[] {75, (60 + 75) / 2.0, (25 + 75) / 2.0}, within(1e-9));
    }

    @Test
    void aMissingComponentLeavesTheOtherOfItsDimensionScaledToCowsCinc() {
        List<NmcRecord> system = List.of(rec(1, -9, 10, 40, 25, 100, 10), rec(2, 10, 30, 60, 75, 300, 30));
        // state 1 shares: milper .25, irst .4, pec .25, tpop .25, upop .25 -> COW CINC = 1.4 / 5 = 0.28
        // dimensions before scaling: population 25, economy 32.5, military 25 (milper alone); mean 27.5%
        double f = 0.28 / 0.275;

        double[] p = CowPower.of(system).get(1);

        assertThat(p).containsExactly(new double[] {25 * f, 32.5 * f, 25 * f}, within(1e-9));
        assertThat(CowPower.of(system).get(2)).containsExactly(new double[] {75, 67.5, (1.0 + 0.75) / 2 * 100}, within(1e-9));
    }

    static Stream<List<NmcRecord>> systems() {
        Random r = new Random(424242L);
        return IntStream.range(0, 50).mapToObj(k -> {
            List<NmcRecord> s = new ArrayList<>();
            int n = 2 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                double[] v = new double[6];
                for (int c = 0; c < 6; c++) {
                    v[c] = r.nextInt(10) == 0 ? -9 : Math.exp(r.nextGaussian() * 3);
                }
                s.add(rec(i + 1, v));
            }
            return s;
        });
    }

    @ParameterizedTest
    @MethodSource("systems")
    void overTheWholeSystemTheMeanOfTheDimensionsIsCowsCinc(List<NmcRecord> system) {
        Map<Integer, double[]> p = CowPower.of(system);
        for (CincValue v : CincCalculator.computeYear(system)) {
            double[] d = p.get(v.ccode());
            assertThat((d[0] + d[1] + d[2]) / 300).isCloseTo(v.cinc().orElse(0), within(1e-12));
            assertThat(java.util.Arrays.stream(d).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @MethodSource("systems")
    void withNothingMissingEachDimensionSumsToTheWorld(List<NmcRecord> generated) {
        List<NmcRecord> system = generated.stream().filter(r -> java.util.Arrays.stream(
                org.alliancesim.data.NmcComponent.values()).allMatch(c -> r.component(c).isPresent())).toList();
        double[] sum = new double[3];
        CowPower.of(system).values().forEach(d -> IntStream.range(0, 3).forEach(c -> sum[c] += d[c]));
        assertThat(sum).containsExactly(system.isEmpty() ? new double[3] : new double[] {100, 100, 100}, within(1e-9));
    }
}
