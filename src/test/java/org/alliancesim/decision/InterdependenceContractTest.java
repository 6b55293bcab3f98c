package org.alliancesim.decision;

/** {@link Interdependence} keeps the decision-module contract. */
class InterdependenceContractTest extends DecisionModuleContract {
    @Override
    protected DecisionModule module() {
        return new Interdependence(Interdependence.Params.DEFAULTS);
    }
}
