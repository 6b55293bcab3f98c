package org.alliancesim.scenario;

import java.util.List;
import org.alliancesim.param.Range;
import org.alliancesim.param.Required;

/**
 * The keys an entry of {@code events[]} may have, as the file writes them. Which of them an event
 * takes depends on its type, so {@link EventReader} reads them (into an {@link EventSpec}) rather
 * than the record binder; the bounds it checks are declared here, and the target value's bounds are
 * those of the input the event moves ({@link EventReader#valueRange}).
 *
 * @param type what changes
 * @param state the state whose input changes
 * @param partner the other state, for inputs about a pair
 * @param component for {@code power}: the component to scale, or {@code all}
 * @param channel for {@code gains}: political, military, economic or {@code all}
 * @param value the target value, in the range of the input it moves
 * @param scale for {@code power}: the factor the component is multiplied by
 * @param faction for {@code regime}: the faction that comes to power
 * @param step a jump at this step
 * @param at a jump at the step of this date (e.g. {@code 2030Q2})
 * @param ramp a gradual change between two steps (or quoted dates)
 */
record EventFields(
        @Required("one of intent, power, offense, reach, credibility, gains, delivered, trade, regime") EventSpec.Type type,
        @Required("the state whose input changes") String state,
        String partner,
        String component,
        String channel,
        double value,
        @Range(min = 0, max = 1e6) double scale,
        String faction,
        @Range(min = 0, max = Integer.MAX_VALUE) int step,
        String at,
        @Range(min = 0, max = Integer.MAX_VALUE) List<Integer> ramp) {
}
