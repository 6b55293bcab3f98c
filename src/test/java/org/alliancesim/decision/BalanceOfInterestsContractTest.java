package org.alliancesim.decision;

/** {@link BalanceOfInterests} keeps the decision-module contract. */
class BalanceOfInterestsContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new BalanceOfInterests(BalanceOfInterests.Params.DEFAULTS);
    }
}
