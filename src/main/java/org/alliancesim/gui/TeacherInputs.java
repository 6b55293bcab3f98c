package org.alliancesim.gui;

import org.alliancesim.param.Range;

/**
 * The bounds of the inputs a teacher moves for a pair, declared once: the scenario format's own
 * ranges for perceived intent, credibility and expected gains (each in [0,1], as
 * {@code scenarios/README.md} documents them), and the power multiplier the GUI offers. Perception
 * noise is bounded where it is declared, in {@link org.alliancesim.world.PerceptionParams}.
 *
 * @param intent aggressive intent one state's elites read in another (a signal perception follows)
 * @param credibility how far a state trusts a partner to stand by it
 * @param gains what a state expects from a partner, every channel alike
 * @param power a state's power as a multiple of the scenario's (every component)
 */
record TeacherInputs(
        @Range(min = 0, max = 1) double intent,
        @Range(min = 0, max = 1) double credibility,
        @Range(min = 0, max = 1) double gains,
        @Range(min = 0.1, max = 10) double power) {
}
