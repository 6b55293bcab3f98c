package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.ProximityParams;
import org.junit.jupiter.api.Test;

class ParameterEditTest {
    @Test
    void replacesTheOneGroupOfItsTypeAndKeepsTheRest() throws ReflectiveOperationException {
        ProximityParams far = new ProximityParams(ProximityParams.Gradient.LINEAR, 9000, 20000);
        Parameters p = ParameterEdit.with(Parameters.DEFAULTS, far);
        assertThat(p.proximity()).isEqualTo(far);
        for (var c : Parameters.class.getRecordComponents()) {
            if (c.getType() != ProximityParams.class) {
                assertThat(c.getAccessor().invoke(p)).as(c.getName()).isEqualTo(c.getAccessor().invoke(Parameters.DEFAULTS));
            }
        }
    }

    @Test
    void refusesAGroupParametersDoesNotHave() {
        assertThatThrownBy(() -> ParameterEdit.with(Parameters.DEFAULTS, "text")).isInstanceOf(IllegalArgumentException.class);
    }
}
