package org.alliancesim.decision;

/** {@link Identity} keeps the decision-module contract. */
class IdentityContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new Identity(Identity.Params.DEFAULTS);
    }
}
