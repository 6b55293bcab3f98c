package org.alliancesim.decision;

/** {@link BalanceOfPower} keeps the decision-module contract. */
class BalanceOfPowerContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new BalanceOfPower(BalanceOfPower.Params.DEFAULTS);
    }
}
