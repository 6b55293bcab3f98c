package org.alliancesim.scenario;

import java.util.List;
import org.alliancesim.param.Range;
import org.alliancesim.param.Required;

/**
 * One entry of {@code distances[]}: a capital distance that overrides the great-circle distance.
 *
 * @param between the two states, by id
 * @param km the distance in kilometres, up to once around the Earth
 */
record DistanceFields(List<String> between,
                      @Required("the distance in kilometres") @Range(min = 0, max = 40100) double km) {
    static final DistanceFields DEFAULTS = new DistanceFields(List.of(), 0);
}
