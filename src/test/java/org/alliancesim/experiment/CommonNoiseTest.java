package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.model.NoiseTape;
import org.junit.jupiter.api.Test;

/** Each replication's tape is shared by its theories and let go after the last is done with it. */
class CommonNoiseTest {

    @Test
    void theTheoriesOfAReplicationShareOneTapeUntilTheLastIsDone() {
        NoiseTape.Budget budget = new NoiseTape.Budget(1_000_000);
        CommonNoise noise = new CommonNoise(3, budget);
        NoiseTape a = noise.take(0, 42);
        assertThat(noise.take(0, 42)).isSameAs(a);
        assertThat(noise.take(1, 43)).isNotSameAs(a);
        assertThat(a.seed()).isEqualTo(42);
        new org.alliancesim.model.AllianceModel(
                org.alliancesim.bench.RandomWorld.generate(12, 3, 0.05).toScenario(3), null, 42) {
            { shareNoise(a); runSteps(3); }
        };
        assertThat(budget.left()).isLessThan(1_000_000);
        noise.done(0);
        noise.done(0);
        assertThat(noise.take(0, 42)).isSameAs(a);
        noise.done(0);
        assertThat(budget.left()).as("replication 1's tape holds nothing yet").isEqualTo(1_000_000);
        assertThat(noise.take(0, 42)).as("a new tape after the release").isNotSameAs(a);
    }

    @Test
    void aSingleTheoryHasNoTape() {
        CommonNoise noise = new CommonNoise(1, new NoiseTape.Budget(1_000));
        assertThat(noise.take(0, 1)).isNull();
        noise.done(0);
    }
}
