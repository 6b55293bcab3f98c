package org.alliancesim.scenario;

import org.alliancesim.param.Range;

/**
 * What a state expects from a partner (scenario key {@code states[].gains.<ID>}), each in [0,1].
 *
 * @param political expected political gains (e.g. diplomatic cover, a veto in one's favour)
 * @param military expected military gains (e.g. arms, joint operations)
 * @param economic expected economic gains (e.g. trade, investment, sanctions relief)
 * @param delivered share of the expected gains the partner is seen to deliver (1 = as expected)
 */
public record GainSpec(
        @Range(min = 0, max = 1) double political,
        @Range(min = 0, max = 1) double military,
        @Range(min = 0, max = 1) double economic,
        @Range(min = 0, max = 1) double delivered) {

    /** No gain expected on any channel; whatever is expected is delivered. */
    public static final GainSpec DEFAULTS = new GainSpec(0, 0, 0, 1);
}
