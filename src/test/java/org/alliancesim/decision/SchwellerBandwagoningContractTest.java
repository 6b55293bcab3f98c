package org.alliancesim.decision;

/** {@link SchwellerBandwagoning} keeps the decision-module contract. */
class SchwellerBandwagoningContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new SchwellerBandwagoning(SchwellerBandwagoning.Params.DEFAULTS, BalanceOfInterests.Params.DEFAULTS);
    }
}
