package org.alliancesim.scenario;

import java.util.Map;
import org.alliancesim.param.Range;
import org.alliancesim.world.Revisionism;

/**
 * A ruling group a state's domestic politics can bring to power (scenario key
 * {@code states[].factions.<name>}): what its elites perceive and want where they differ from the
 * state's defaults. A {@code regime} event installs it (docs/theory.md Table 2, W5).
 *
 * @param perceives intent these elites perceive in others, by state id
 * @param credibility credibility these elites give partners, by state id
 * @param gains gains these elites expect from partners, by state id
 * @param revisionism these elites' aims, or null to keep the state's
 */
public record FactionSpec(
        @Range(min = 0, max = 1) Map<String, Double> perceives,
        @Range(min = 0, max = 1) Map<String, Double> credibility,
        Map<String, GainSpec> gains,
        Revisionism revisionism) {

    /** A faction that overrides nothing: the state's own values apply. */
    public static final FactionSpec DEFAULTS = new FactionSpec(Map.of(), Map.of(), Map.of(), null);

    public FactionSpec {
        perceives = Map.copyOf(perceives);
        credibility = Map.copyOf(credibility);
        gains = Map.copyOf(gains);
    }
}
