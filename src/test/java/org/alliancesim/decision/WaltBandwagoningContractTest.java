package org.alliancesim.decision;

/** {@link WaltBandwagoning} keeps the decision-module contract. */
class WaltBandwagoningContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new WaltBandwagoning(WaltBandwagoning.Params.DEFAULTS);
    }
}
