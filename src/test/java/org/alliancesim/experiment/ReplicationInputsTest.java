package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;
import org.junit.jupiter.api.Test;

/**
 * A replication's uncertain scenario is resolved once and the same one is given to every theory;
 * it equals the template resolved afresh with the replication's seed; a fixed scenario is never
 * resolved at all.
 */
class ReplicationInputsTest {

    @Test
    void eachReplicationIsResolvedOnceAndSharedByTheTheories() throws Exception {
        ScenarioTemplate t = ScenarioTemplate.load(Path.of("scenarios/iran-russia-uncertain.yaml"));
        assertThat(t.isUncertain()).isTrue();
        AtomicInteger resolved = new AtomicInteger();
        int theories = 3;
        ReplicationInputs inputs = new ReplicationInputs(null, seed -> {
            resolved.incrementAndGet();
            return t.resolve(seed);
        }, theories);
        for (int rep = 0; rep < 5; rep++) {
            long seed = Seeds.replication(1, rep);
            Scenario first = inputs.take(rep, seed);
            for (int k = 1; k < theories; k++) {
                assertThat(inputs.take(rep, seed)).isSameAs(first);
            }
            assertThat(first).isEqualTo(t.resolve(seed));
        }
        assertThat(resolved.get()).isEqualTo(5);
        Scenario a = inputs.take(0, Seeds.replication(1, 0)); // every theory has taken it: resolved again, alike
        assertThat(resolved.get()).isEqualTo(6);
        assertThat(a).isEqualTo(t.resolve(Seeds.replication(1, 0)));
        assertThat(Seeds.replication(1, 0)).isNotEqualTo(Seeds.replication(1, 1));
        assertThat(t.resolve(Seeds.replication(1, 0))).isNotEqualTo(t.resolve(Seeds.replication(1, 1)));
    }

    @Test
    void aFixedScenarioIsGivenAsItIs() throws Exception {
        ScenarioTemplate t = ScenarioTemplate.load(Path.of("scenarios/iran-russia.yaml"));
        Scenario s = t.median(java.util.Map.of());
        ReplicationInputs inputs = new ReplicationInputs(s, t, 6);
        assertThat(inputs.uncertain()).isFalse();
        assertThat(inputs.take(3, 99)).isSameAs(s);
    }
}
