package org.alliancesim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.landscape.BranchAndBound;
import org.alliancesim.landscape.ExactEnumerator;
import org.alliancesim.landscape.Landscape;
import org.junit.jupiter.api.Test;

/** {@link LandscapeReach}: the sizes it proves, and that its instances are the enumerator's too. */
class LandscapeReachTest {

    @Test
    void provesEverySmallSizeAndReportsTheLargest() {
        LandscapeReach.Result r = LandscapeReach.measure(10, 5, 30, 30, 1);
        assertThat(r.steps()).extracting(LandscapeReach.Step::n).containsExactly(10, 15, 20, 25, 30);
        assertThat(r.steps()).allMatch(LandscapeReach.Step::proven);
        assertThat(r.largestProven()).isEqualTo(30);
    }

    @Test
    void aBudgetTooSmallForAnySizeLeavesNone() {
        LandscapeReach.Result r = LandscapeReach.measure(20, 5, 30, 1e-9, 1);
        assertThat(r.largestProven()).isZero();
        assertThat(r.steps()).hasSize(1);
    }

    @Test
    void theProvenMinimumIsTheEnumeratedOne() {
        Landscape l = LandscapeReach.random(14, 3);
        BranchAndBound.Outcome o = new BranchAndBound(Long.MAX_VALUE).solve(l);
        assertThat(o.energy()).isEqualTo(new ExactEnumerator().enumerate(l).globalMinimum().energy());
        assertThat(LandscapeReach.random(14, 3).energy(o.configuration())).isEqualTo(o.energy());
    }
}
