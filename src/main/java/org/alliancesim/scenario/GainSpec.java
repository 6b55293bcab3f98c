package org.alliancesim.scenario;

/**
 * What a state expects from a partner (scenario key {@code states[].gains.<ID>}), each in [0,1].
 *
 * @param political expected political gains (e.g. diplomatic cover, a veto in one's favour)
 * @param military expected military gains (e.g. arms, joint operations)
 * @param economic expected economic gains (e.g. trade, investment, sanctions relief)
 * @param delivered share of the expected gains the partner is seen to deliver (1 = as expected)
 */
public record GainSpec(double political, double military, double economic, double delivered) {
}
