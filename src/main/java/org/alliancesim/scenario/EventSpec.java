package org.alliancesim.scenario;

import org.alliancesim.param.Labels;

/**
 * A scheduled change to the world's inputs (scenario key {@code events[]}): a jump at
 * {@code step}, or a linear ramp from the value at {@code rampStart} to the target at
 * {@code rampEnd}. docs/theory.md §6: termination conditions are events that move the inputs.
 *
 * @param type what changes (see {@link Type})
 * @param state the state whose input changes
 * @param partner the other state, for inputs about a pair (intent, offense, credibility, gains,
 *     delivered, trade); null otherwise (or, for offense, toward every state)
 * @param component for {@code power}: the component to scale, or {@code all}
 * @param channel for {@code gains}: political, military, economic, or {@code all}
 * @param value the target value (intent, offense, reach, credibility, gains, delivered, trade)
 * @param scale for {@code power}: the factor the component is multiplied by
 * @param faction for {@code regime}: the faction that comes to power
 * @param rampStart first step of the change (equal to rampEnd for a jump)
 * @param rampEnd step at which the target is reached
 * @param line the line in the scenario file, for messages
 */
public record EventSpec(Type type, String state, String partner, String component, String channel,
                        double value, double scale, String faction, int rampStart, int rampEnd, int line) {

    /** The kinds of change, written in lower case with hyphens in scenario files. */
    public enum Type {
        INTENT, POWER, OFFENSE, REACH, CREDIBILITY, GAINS, DELIVERED, TRADE, REGIME;

        public String label() {
            return Labels.label(this);
        }
    }

    public boolean isJump() {
        return rampStart == rampEnd;
    }

    /** Progress of the change at a step: 0 before it starts, 1 once complete, linear between. */
    public double progress(int step) {
        if (step < rampStart) {
            return 0;
        }
        if (step >= rampEnd) {
            return 1;
        }
        return (step - rampStart) / (double) (rampEnd - rampStart);
    }
}
