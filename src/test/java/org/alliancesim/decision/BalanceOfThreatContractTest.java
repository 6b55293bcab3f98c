package org.alliancesim.decision;

/** {@link BalanceOfThreat} keeps the decision-module contract. */
class BalanceOfThreatContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new BalanceOfThreat(BalanceOfThreat.Params.DEFAULTS);
    }
}
