package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.world.LearningParams;
import org.alliancesim.world.PerceptionParams;
import org.junit.jupiter.api.Test;

/** The copies of {@link Parameters} with one group or one number changed keep everything else. */
class ParametersWithTest {
    @Test
    void withNoiseChangesOnlyThePerceptionNoise() throws ReflectiveOperationException {
        Parameters p = Parameters.DEFAULTS.withNoise(0.37);
        PerceptionParams before = Parameters.DEFAULTS.perception();
        assertThat(p.perception()).isEqualTo(new PerceptionParams(before.adjustment(), 0.37, before.defaultIntent(),
                before.defaultCredibility()));
        assertOthersKept(p, PerceptionParams.class);
    }

    @Test
    void withLearningChangesOnlyTheLearningGroup() throws ReflectiveOperationException {
        LearningParams l = Parameters.DEFAULTS.learning();
        LearningParams other = new LearningParams(l.intentFromAlignment() / 2, l.credibilityFromReliability(),
                l.gainsFromDelivery());
        Parameters p = Parameters.DEFAULTS.withLearning(other);
        assertThat(p.learning()).isEqualTo(other);
        assertOthersKept(p, LearningParams.class);
    }

    private static void assertOthersKept(Parameters p, Class<?> changed) throws ReflectiveOperationException {
        for (var c : Parameters.class.getRecordComponents()) {
            if (c.getType() != changed) {
                assertThat(c.getAccessor().invoke(p)).as(c.getName())
                        .isEqualTo(c.getAccessor().invoke(Parameters.DEFAULTS));
            }
        }
    }
}
