package org.alliancesim.gui;

import org.alliancesim.param.Range;

/**
 * The bound of the one input a teacher moves that no scenario field declares: the power
 * multiplier the GUI offers. The sliders for perceived intent, credibility and expected gains take
 * the bounds the scenario format declares for those fields ({@link org.alliancesim.scenario.StateSpec},
 * {@link org.alliancesim.scenario.GainSpec}), and perception noise the bound declared in
 * {@link org.alliancesim.world.PerceptionParams}.
 *
 * @param power a state's power as a multiple of the scenario's (every component)
 */
record TeacherInputs(@Range(min = 0.1, max = 10) double power) {
}
