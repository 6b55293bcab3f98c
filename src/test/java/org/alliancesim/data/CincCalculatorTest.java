package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CincCalculatorTest {

    private static final double MISSING = Double.NaN;

    private static OptionalDouble v(double x) {
        return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
    }

    private static NmcRecord rec(String abb, int ccode, int year, double... c) {
        return new NmcRecord(abb, ccode, year, v(c[0]), v(c[1]), v(c[2]), v(c[3]), v(c[4]), v(c[5]),
                OptionalDouble.empty());
    }

    @Test
    void handComputedYearWithAMissingComponent() {
        // Three states; ZZZ's milex is missing (-9 in the COW file).
        //            milex milper irst pec tpop upop
        // XXX          60     30    10   50  200   20
        // YYY          40     10    30   30  300   60
        // ZZZ           -     60    60   20  500   20
        // totals      100    100   100  100 1000  100   (milex total over XXX and YYY only)
        List<NmcRecord> year =
                List.of(
                        rec("ZZZ", 30, 1990, MISSING, 60, 60, 20, 500, 20),
                        rec("XXX", 10, 1990, 60, 30, 10, 50, 200, 20),
                        rec("YYY", 20, 1990, 40, 10, 30, 30, 300, 60));

        List<CincValue> cinc = CincCalculator.computeYear(year);

        assertThat(cinc).extracting(CincValue::stateabb).containsExactly("XXX", "YYY", "ZZZ");
        // XXX: shares .6 .3 .1 .5 .2 .2 -> 1.9 / 6
        assertThat(cinc.get(0).cinc().getAsDouble()).isCloseTo(1.9 / 6, within(1e-15));
        assertThat(cinc.get(0).componentsUsed()).isEqualTo(6);
        // YYY: shares .4 .1 .3 .3 .3 .6 -> 2.0 / 6
        assertThat(cinc.get(1).cinc().getAsDouble()).isCloseTo(2.0 / 6, within(1e-15));
        // ZZZ: shares - .6 .6 .2 .5 .2 -> mean of the five known shares, 2.1 / 5 (not 2.1 / 6)
        assertThat(cinc.get(2).cinc().getAsDouble()).isCloseTo(2.1 / 5, within(1e-15));
        assertThat(cinc.get(2).componentsUsed()).isEqualTo(5);
        assertThat(cinc.get(2).year()).isEqualTo(1990);
        assertThat(cinc.get(2).ccode()).isEqualTo(30);
    }

    @Test
    void sharesSumToOneWhenNothingIsMissing() {
        List<NmcRecord> year =
                List.of(
                        rec("A", 1, 2000, 3, 5, 7, 11, 13, 17),
                        rec("B", 2, 2000, 19, 23, 29, 31, 37, 41),
                        rec("C", 3, 2000, 43, 47, 53, 0, 61, 67));
        double sum =
                CincCalculator.computeYear(year).stream().mapToDouble(c -> c.cinc().getAsDouble()).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void reproducesTheFixtureCincColumnForEveryStateYear() throws IOException {
        List<NmcRecord> records = NmcReader.read(TestData.fixture("nmc-fixture.csv"));
        List<CincValue> computed = CincCalculator.compute(records);

        assertThat(computed).hasSize(records.size());
        for (CincValue c : computed) {
            NmcRecord r =
                    records.stream().filter(x -> x.ccode() == c.ccode() && x.year() == c.year()).findFirst()
                            .orElseThrow();
            assertThat(c.cinc().getAsDouble())
                    .as("%s %d", c.stateabb(), c.year())
                    .isCloseTo(r.cinc().getAsDouble(), within(1e-9));
        }
        // CCC 2001 lacks milex: (0.2 + 0.2 + 0.2 + 0.3 + 0.3) / 5 = 0.24; a zero sixth share would give 0.2.
        CincValue ccc2001 =
                computed.stream().filter(c -> c.ccode() == 3 && c.year() == 2001).findFirst().orElseThrow();
        assertThat(ccc2001.cinc().getAsDouble()).isCloseTo(0.24, within(1e-12));
        // DDD 2002 lacks milex and irst: (0 + 0.1 + 0.35 + 0.4) / 4 = 0.2125
        CincValue ddd2002 =
                computed.stream().filter(c -> c.ccode() == 4 && c.year() == 2002).findFirst().orElseThrow();
        assertThat(ddd2002.cinc().getAsDouble()).isCloseTo(0.2125, within(1e-12));
        assertThat(ddd2002.componentsUsed()).isEqualTo(4);
    }

    @Test
    void sortsByYearThenCcode() {
        List<CincValue> out =
                CincCalculator.compute(
                        List.of(
                                rec("B", 2, 2001, 1, 1, 1, 1, 1, 1),
                                rec("A", 1, 2001, 1, 1, 1, 1, 1, 1),
                                rec("B", 2, 2000, 1, 1, 1, 1, 1, 1),
                                rec("C", 3, 2000, 1, 1, 1, 1, 1, 1)));
        assertThat(out).extracting(c -> c.year() + ":" + c.ccode())
                .containsExactly("2000:2", "2000:3", "2001:1", "2001:2");
        // Shares are relative to the year's own system: two equal states each get 0.5.
        assertThat(out).allSatisfy(c -> assertThat(c.cinc()).hasValue(0.5));
    }

    @Test
    void allMissingGivesNoCincAndZeroTotalComponentIsLeftOut() {
        List<CincValue> out =
                CincCalculator.computeYear(
                        List.of(
                                rec("A", 1, 1850, 30, 0, MISSING, 10, 100, 10),
                                rec("B", 2, 1850, 10, 0, MISSING, 30, 300, 30),
                                rec("N", 3, 1850, MISSING, MISSING, MISSING, MISSING, MISSING, MISSING)));
        // milper total is 0 and irst is unknown for everyone: A's CINC averages milex, pec, tpop, upop.
        assertThat(out.get(0).cinc().getAsDouble()).isCloseTo((0.75 + 0.25 + 0.25 + 0.25) / 4, within(1e-15));
        assertThat(out.get(0).componentsUsed()).isEqualTo(4);
        assertThat(out.get(2).cinc()).isEmpty();
        assertThat(out.get(2).componentsUsed()).isZero();
    }

    @Test
    void computeYearRejectsMixedYears() {
        assertThatThrownBy(
                        () ->
                                CincCalculator.computeYear(
                                        List.of(rec("A", 1, 2000, 1, 1, 1, 1, 1, 1), rec("B", 2, 2001, 1, 1, 1, 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
