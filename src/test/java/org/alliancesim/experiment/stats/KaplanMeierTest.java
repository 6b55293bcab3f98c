package org.alliancesim.experiment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /**
     * Six ties: ended at 2, 3, 3 and 6; censored at 3 and 5. By hand (events before censorings at 3):
     * t=2: n=6, d=1, S=5/6; t=3: n=5, d=2, S=5/6*3/5=1/2 (then one censored); t=5: censored;
     * t=6: n=1, d=1, S=0. Greenwood sum at 3: 1/(6*5) + 2/(5*3) = 1/30 + 2/15 = 1/6.
     */
    @Test
    void matchesAHandComputedCaseWithCensoring() {
        KaplanMeier km = new KaplanMeier(10);
        km.add(2, true);
        km.add(3, true);
        km.add(3, true);
        km.add(3, false);
        km.add(5, false);
        km.add(6, true);
        List<KaplanMeier.Row> rows = km.estimate();
        assertThat(rows).extracting(KaplanMeier.Row::time).containsExactly(0, 2, 3, 5, 6);
        assertThat(rows).extracting(KaplanMeier.Row::atRisk).containsExactly(6L, 6L, 5L, 2L, 1L);
        assertThat(rows.get(1).survival()).isCloseTo(5.0 / 6, offset(1e-12));
        assertThat(rows.get(2).survival()).isCloseTo(0.5, offset(1e-12));
        assertThat(rows.get(3).survival()).isCloseTo(0.5, offset(1e-12));
        assertThat(rows.get(4).survival()).isEqualTo(0);
        // log-log band at t=3: se = sqrt(1/6)/|ln 0.5|; band = 0.5^exp(+-1.96 se)
        double se = Math.sqrt(1.0 / 6) / Math.log(2);
        assertThat(rows.get(2).low()).isCloseTo(Math.pow(0.5, Math.exp(1.959963984540054 * se)), offset(1e-12));
        assertThat(rows.get(2).high()).isCloseTo(Math.pow(0.5, Math.exp(-1.959963984540054 * se)), offset(1e-12));
        assertThat(rows.get(2).low()).isLessThan(0.5);
        assertThat(rows.get(2).high()).isGreaterThan(0.5).isLessThan(1);
        assertThat(km.median()[0]).isEqualTo(3);
        assertThat(km.size()).isEqualTo(6);
        assertThat(km.eventCount()).isEqualTo(4);
    }

    @Test
    void withoutEventsSurvivalStaysOneAndTheMedianIsNotReached() {
        KaplanMeier km = new KaplanMeier(5);
        km.add(5, false);
        km.add(4, false);
        assertThat(km.estimate()).allSatisfy(r -> assertThat(r.survival()).isEqualTo(1));
        assertThat(km.median()[0]).isEqualTo(-1);
    }

    @Test
    void wilsonIntervalStaysInsideZeroOne() {
        double[] all = Moments.wilson(10, 10);
        assertThat(all[1]).isCloseTo(1, offset(1e-12));
        assertThat(all[0]).isCloseTo(0.722467, offset(1e-6));
        double[] half = Moments.wilson(5, 10);
        assertThat(half[0]).isCloseTo(1 - half[1], offset(1e-12));
    }
}
