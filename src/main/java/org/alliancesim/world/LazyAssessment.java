package org.alliancesim.world;

/**
 * The same assessment as {@link Assessment}, computed on demand: for evaluating one state's desire
 * toward one partner in a counterfactual world (cause attribution), where a full assessment would
 * derive all N^2 dyads to read a few rows. Aggregate power is computed at once (O(N)); gradient,
 * material threat and threat per query; a state's two principal threats and two preponderant
 * powers once per state asked about (O(N) each). The formulas are {@link Assessment}'s own
 * helpers, so every number is the same. Reads its inputs when asked: build it after the inputs
 * are set and do not change them while using it.
 */
public final class LazyAssessment extends DerivedView {
    private final ThreatParams threatParams;
    private final ProximityParams proximity;
    private final double[] power;
    private final double[] military;
    private final int[][] topThreat;
    private final int[][] topDominant;
    private final AllianceState alliances;

    public LazyAssessment(Inputs in, ThreatParams threatParams, ProximityParams proximity, PowerParams powerParams) {
        this(in, threatParams, proximity, powerParams, new AllianceState(in.size(), AllianceParams.INDEPENDENT));
    }

    /**
     * @param alliances the alliance aggregates of the step being asked about, held as they are: a
     *     counterfactual changes one state's inputs, not the other states' ties
     */
    public LazyAssessment(Inputs in, ThreatParams threatParams, ProximityParams proximity, PowerParams powerParams,
                          AllianceState alliances) {
        super(in);
        this.alliances = alliances;
        this.threatParams = threatParams;
        this.proximity = proximity;
        this.power = new double[n];
        this.military = new double[n];
        this.topThreat = new int[n][];
        this.topDominant = new int[n][];
        Assessment.computePower(in, powerParams, power, military);
    }

    @Override public double power(int i) { return power[i]; }
    @Override public double military(int i) { return military[i]; }

    @Override
    public double strength(int j, int i) {
        return i == j ? 1 : proximity.strengthAt(in.distanceKm(i, j), in.reach(j));
    }

    @Override
    public double materialThreat(int j, int i) {
        if (i == j) {
            return 0;
        }
        double pj = power[j] + alliances.params().blocWeight() * Math.max(0, alliances.blocPower(j, i, power[i]));
        return Assessment.materialThreat(threatParams, power[i], pj, strength(j, i), in.offense(j, i));
    }

    @Override
    public double threat(int i, int j) {
        return i == j ? 0 : Assessment.perceivedIntent(threatParams, in.intent(i, j)) * materialThreat(j, i);
    }

    @Override
    public double threatTo(int i, int k, int j) {
        return j == k ? 0 : Assessment.perceivedIntent(threatParams, in.intent(i, k)) * materialThreat(k, j);
    }

    @Override public AllianceParams allianceParams() { return alliances.params(); }
    @Override public double commitment(int i, int j) { return alliances.commitment(i, j); }
    @Override public double support(int i) { return alliances.support(i); }
    @Override public double blocMilitary(int j, int except) {
        return alliances.blocMilitary(j, except, except < 0 ? 0 : military[except]);
    }
    @Override public double blocPower(int j, int except) {
        return alliances.blocPower(j, except, except < 0 ? 0 : power[except]);
    }
    @Override public double balancers(int j) { return alliances.balancers(j); }
    @Override public double basing(int i, int j, int k) {
        return j == k ? 1 : proximity.strengthAt(in.distanceKm(j, k), in.reach(i));
    }

    @Override
    public double projection(int k, int i) {
        return Assessment.projection(threatParams, strength(k, i), in.offense(k, i));
    }

    @Override
    public int principalThreat(int i, int except) {
        if (topThreat[i] == null) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = threat(i, j);
            }
            topThreat[i] = Assessment.topTwo(row, i);
        }
        int[] t = topThreat[i];
        return t[0] != except ? t[0] : t[1];
    }

    @Override
    public double preponderance(int i, int j) {
        return Assessment.preponderance(power[i], power[j], strength(j, i));
    }

    @Override
    public int dominantPower(int i, int except) {
        if (topDominant[i] == null) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = i == j ? 0 : preponderance(i, j);
            }
            topDominant[i] = Assessment.topTwo(row, i);
        }
        int[] t = topDominant[i];
        return t[0] != except ? t[0] : t[1];
    }
}
