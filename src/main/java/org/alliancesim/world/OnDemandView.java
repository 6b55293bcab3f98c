package org.alliancesim.world;

/**
 * What the two views that derive their numbers when asked ({@link LazyAssessment} and
 * {@link TrialAssessment}) share: power and military capability held in arrays, the alliance
 * aggregates of the step read as they are (a counterfactual changes one state's inputs, not the
 * other states' ties), and the threat to a third state from the perceived intent and the material
 * threat each view derives.
 */
abstract class OnDemandView extends DerivedView {
    protected final ThreatParams threatParams;
    protected final ProximityParams proximity;
    protected final AllianceState alliances;

    OnDemandView(Inputs in, ThreatParams threatParams, ProximityParams proximity, AllianceState alliances) {
        super(in);
        this.threatParams = threatParams;
        this.proximity = proximity;
        this.alliances = alliances;
    }

    @Override
    public final double threatTo(int i, int k, int j) {
        return j == k ? 0 : Assessment.perceivedIntent(threatParams, in.intent(i, k)) * materialThreat(k, j);
    }

    @Override public final AllianceParams allianceParams() { return alliances.params(); }
    @Override public final double commitment(int i, int j) { return alliances.commitment(i, j); }
    @Override public final double support(int i) { return alliances.support(i); }
    @Override public final double blocMilitary(int j, int except) {
        return alliances.blocMilitary(j, except, except < 0 ? 0 : military(except));
    }
    @Override public final double blocPower(int j, int except) {
        return alliances.blocPower(j, except, except < 0 ? 0 : power(except));
    }
    @Override public final double balancers(int j) { return alliances.balancers(j); }
}
