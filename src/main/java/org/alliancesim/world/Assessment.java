package org.alliancesim.world;

/**
 * The assessment phase: derives power, gradient, material threat and each state's two most
 * threatening and two most preponderant others from the raw inputs, once per step, in O(N^2).
 * Decision modules read these instead of rescanning the world inside every dyad.
 */
public final class Assessment extends DerivedView {
    private final ThreatParams threatParams;
    private final ProximityParams proximity;
    private final PowerParams powerParams;
    private final AllianceState alliances;
    private final double[] power;
    private final double[] military;
    private final double[][] strength;
    private final double[][] material;
    private final double[][] threat;
    private final int[][] topThreat;
    private final int[][] topDominant;
    private int[] blocs;

    public Assessment(Inputs in, ThreatParams threatParams, ProximityParams proximity,
                      PowerParams powerParams) {
        this(in, threatParams, proximity, powerParams, AllianceParams.DEFAULTS);
    }

    public Assessment(Inputs in, ThreatParams threatParams, ProximityParams proximity,
                      PowerParams powerParams, AllianceParams allianceParams) {
        super(in);
        this.alliances = new AllianceState(in.size(), allianceParams);
        this.threatParams = threatParams;
        this.proximity = proximity;
        this.powerParams = powerParams;
        this.power = new double[n];
        this.military = new double[n];
        this.strength = new double[n][n];
        this.material = new double[n][n];
        this.threat = new double[n][n];
        this.topThreat = new int[n][];
        this.topDominant = new int[n][];
        recompute();
    }

    /**
     * Derives everything again from the inputs' current values, reusing this assessment's arrays
     * (the model calls it once per step).
     */
    public void recompute() {
        recompute(Commitments.NONE);
    }

    /**
     * Derives everything again from the inputs' current values and the ties of the previous step
     * ({@link AllianceParams}), reusing this assessment's arrays (the model calls it once per step).
     */
    public void recompute(Commitments ties) {
        alliances.setTies(ties);
        computePower(in, powerParams, power, military);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                strength[j][i] = i == j ? 1 : proximity.strengthAt(in.distanceKm(i, j), in.reach(j));
            }
        }
        alliances.computeBlocs(power, military);
        double bw = alliances.params().blocWeight();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i != j) {
                    double pj = power[j] + bw * Math.max(0, alliances.blocPower(j, i, power[i]));
                    material[j][i] = materialThreat(threatParams, power[i], pj, strength[j][i], in.offense(j, i));
                }
            }
        }
        double[] pre = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    threat[i][j] = perceivedIntent(i, j) * material[j][i];
                }
            }
            topThreat[i] = topTwo(threat[i], i);
            for (int j = 0; j < n; j++) {
                pre[j] = i == j ? 0 : preponderance(i, j);
            }
            topDominant[i] = topTwo(pre, i);
        }
        alliances.computeSupport(this);
    }

    /** The alliance aggregates of this step (shared with counterfactual assessments). */
    public AllianceState alliances() {
        return alliances;
    }

    /**
     * Aggregate power and military capability of every state from the raw components, into the
     * given arrays (shared with {@link LazyAssessment}).
     */
    static void computePower(Inputs in, PowerParams params, double[] power, double[] military) {
        int n = in.size();
        java.util.Arrays.fill(power, 0);
        int m = in.componentCount();
        int mil = in.militaryComponent();
        double weightSum = 0;
        for (int c = 0; c < m; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += in.component(i, c);
            }
            double w = params.weight(in.componentName(c));
            weightSum += w;
            for (int i = 0; i < n; i++) {
                double share = total > 0 ? in.component(i, c) / total : 0;
                power[i] += w * share;
                if (c == mil) {
                    military[i] = share;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            power[i] = weightSum > 0 ? power[i] / weightSum : 0;
            if (mil < 0) {
                military[i] = power[i];
            }
        }
    }

    /**
     * Material threat of j to i from j's and i's aggregate power, the gradient and j's offense
     * toward i ({@link ThreatParams}); zero when every weight is zero.
     */
    static double materialThreat(ThreatParams tp, double powerI, double powerJ, double strength, double offense) {
        if (tp.form() == ThreatParams.Form.CONTEST) {
            double force = powerJ * strength * offense;
            if (force <= 0) {
                return 0;
            }
            double m = tp.decisiveness();
            double f = m == 1 ? force : Math.pow(force, m);
            double d = m == 1 ? powerI : Math.pow(powerI, m);
            return f / (f + d);
        }
        double wSum = tp.weightSum();
        if (wSum <= 0) {
            return 0;
        }
        double rel = powerI + powerJ <= 0 ? 0.5 : powerJ / (powerI + powerJ);
        return (tp.power() * rel + tp.proximity() * strength + tp.offense() * offense) / wSum;
    }

    /** Perceived intent raised to the threat's intent exponent. */
    static double perceivedIntent(ThreatParams tp, double intent) {
        return tp.intentExponent() == 1 ? intent : Math.pow(intent, tp.intentExponent());
    }

    /** Preponderance of j over i, felt through the gradient: see {@link WorldView#preponderance}. */
    static double preponderance(double powerI, double powerJ, double strength) {
        double sum = powerI + powerJ;
        if (sum <= 0 || powerJ <= powerI) {
            return 0;
        }
        return (powerJ - powerI) / sum * strength;
    }

    /** Share of k's capability it projects on i: see {@link WorldView#projection}. */
    static double projection(ThreatParams tp, double strength, double offense) {
        double w = tp.proximity() + tp.offense();
        if (w <= 0) {
            return 1;
        }
        return (tp.proximity() * strength + tp.offense() * offense) / w;
    }

    /** Indices of the largest and second-largest positive values in row, skipping self. */
    static int[] topTwo(double[] row, int self) {
        int first = -1;
        int second = -1;
        for (int k = 0; k < row.length; k++) {
            if (k == self || row[k] <= 0) {
                continue;
            }
            if (first < 0 || row[k] > row[first]) {
                second = first;
                first = k;
            } else if (second < 0 || row[k] > row[second]) {
                second = k;
            }
        }
        return new int[] {first, second};
    }

    /**
     * Sets the two blocs the model's landscape dynamics put the states in (one entry per state,
     * 0 or 1), or turns blocs off with null. The model calls it after {@link #recompute()}.
     */
    public void setBlocs(int[] sides) {
        if (sides != null && sides.length != n) {
            throw new IllegalArgumentException("need " + n + " blocs, got " + sides.length);
        }
        this.blocs = sides == null ? null : sides.clone();
    }

    @Override public int bloc(int i) { return blocs == null ? -1 : blocs[i]; }

    @Override public double power(int i) { return power[i]; }
    @Override public double military(int i) { return military[i]; }
    @Override public double strength(int j, int i) { return strength[j][i]; }
    @Override public double materialThreat(int j, int i) { return material[j][i]; }
    @Override public double threat(int i, int j) { return threat[i][j]; }
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

    private double perceivedIntent(int i, int k) {
        return perceivedIntent(threatParams, in.intent(i, k));
    }

    @Override
    public double threatTo(int i, int k, int j) {
        return j == k ? 0 : perceivedIntent(i, k) * material[k][j];
    }

    @Override
    public double projection(int k, int i) {
        return projection(threatParams, strength[k][i], in.offense(k, i));
    }

    @Override
    public int principalThreat(int i, int except) {
        int[] t = topThreat[i];
        return t[0] != except ? t[0] : t[1];
    }

    @Override
    public double preponderance(int i, int j) {
        return preponderance(power[i], power[j], strength[j][i]);
    }

    @Override
    public int dominantPower(int i, int except) {
        int[] t = topDominant[i];
        return t[0] != except ? t[0] : t[1];
    }
}
