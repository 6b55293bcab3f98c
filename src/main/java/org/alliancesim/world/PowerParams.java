package org.alliancesim.world;

import java.util.Map;

/**
 * How aggregate power is built from its components (scenario key {@code parameters.power}). Each
 * component is taken as the state's share of the scenario's total, and aggregate power is the
 * weighted mean of the shares, as the Correlates of War Composite Index of National Capability
 * does with equal weights (Singer, Bremer and Stuckey 1972). Walt (1987: 22) names population,
 * industrial and military capability and technological prowess.
 *
 * @param weights weight per component name ({@code population}, {@code economy},
 *     {@code military}, {@code technology}); a component not listed weighs 1
 */
public record PowerParams(Map<String, Double> weights) {

    public static final PowerParams DEFAULTS = new PowerParams(Map.of());

    public PowerParams {
        weights = Map.copyOf(weights);
    }

    public double weight(String component) {
        return weights.getOrDefault(component, 1.0);
    }
}
