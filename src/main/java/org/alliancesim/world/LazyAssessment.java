package org.alliancesim.world;

/**
 * The same assessment as {@link Assessment}, computed on demand: for evaluating one state's desire
 * toward one partner in a counterfactual world (cause attribution), where a full assessment would
 * derive all N^2 dyads to read a few rows. Aggregate power is computed at once (O(N)); gradient,
 * material threat and threat per query; a state's two principal threats and two preponderant
 * powers once per state asked about (O(N) each). The formulas are {@link Assessment}'s own
 * helpers, so every number is the same. Reads its inputs when asked: build it (or
 * {@link #refresh()} it) after the inputs are set and do not change them while using it.
 *
 * <p>A state's row of threats, once derived for its principal threats, is kept with the strength,
 * offense and material threat behind each entry, and later queries of those entries read it: the
 * same expression on the same inputs, so the same numbers. One such view serves as the base of
 * every counterfactual of a step ({@link CounterfactualViews}), which reuses what it has derived;
 * refreshed for the next step, it keeps its rows of strength and offense while the inputs count no
 * write to distances, reach or offense.
 */
public final class LazyAssessment extends OnDemandView {
    private final PowerParams powerParams;
    private final double[] power;
    private final double[] military;
    /**
     * For each state a whose row is derived in this refresh ({@code rowStamp[a] == stamp}):
     * strength(m, a), materialThreat(m, a) and threat(a, m) for every m, and a's two principal
     * threats. Rows are allocated when first derived and kept across refreshes; a view that reads
     * the step's assessment ({@link #step}) holds that assessment's own rows instead, read in place.
     */
    private final double[][] strengthTo;
    /** offense(m, a) at [a][m], derived with the strengths (geometry counts offense too). */
    private final double[][] offenseTo;
    private final double[][] materialTo;
    private final double[][] threatOf;
    private final int[] rowStamp;
    /**
     * The inputs' geometry ({@link WorldInputs#geometryVersion()}) when {@code strengthTo[a]} and
     * {@code offenseTo[a]} were derived, or -1: strength depends on distances and reach alone, so
     * these rows are kept across refreshes while the geometry, which counts the writes of all
     * three, stands (inputs that do not count it derive them each time).
     */
    private final long[] strengthGeometry;
    private final int[] threat1;
    private final int[] threat2;
    /** Each state's two preponderant others, when {@code dominantStamp[a] == stamp}. */
    private final int[] dominantStamp;
    private final int[] dominant1;
    private final int[] dominant2;
    private final int[] two = new int[2];
    private double[] scratchRow;
    private int stamp = 1;
    /**
     * The step's full assessment of the same inputs, recomputed for them as they stand at each
     * {@link #refresh()} (null: none). Its power, military capability and rows of threat are the
     * same expressions on the same inputs and alliances as this view's ({@link Assessment#recompute}:
     * bloc power read from the deciding state's row of the symmetric ties), so they are read
     * instead of derived (power and military copied, the rows of a state read in place).
     */
    private final Assessment step;

    public LazyAssessment(Inputs in, ThreatParams threatParams, ProximityParams proximity, PowerParams powerParams) {
        this(in, threatParams, proximity, powerParams, new AllianceState(in.size(), AllianceParams.INDEPENDENT));
    }

    /**
     * @param alliances the alliance aggregates of the step being asked about, held as they are: a
     *     counterfactual changes one state's inputs, not the other states' ties
     */
    public LazyAssessment(Inputs in, ThreatParams threatParams, ProximityParams proximity, PowerParams powerParams,
                          AllianceState alliances) {
        this(in, threatParams, proximity, powerParams, alliances, null);
    }

    /**
     * The on-demand assessment of the inputs {@code step} assesses, with its parameters and
     * alliances, reading its numbers: the caller recomputes {@code step} for the inputs as they
     * stand before each {@link #refresh()} and does not move them while this view is used.
     */
    LazyAssessment(Assessment step) {
        this(step.in, step.threatParams(), step.proximity(), step.powerParams(), step.alliances(), step);
    }

    private LazyAssessment(Inputs in, ThreatParams threatParams, ProximityParams proximity, PowerParams powerParams,
                           AllianceState alliances, Assessment step) {
        super(in, threatParams, proximity, alliances);
        this.step = step;
        this.powerParams = powerParams;
        this.power = new double[n];
        this.military = new double[n];
        this.strengthTo = new double[n][];
        this.offenseTo = new double[n][];
        this.materialTo = new double[n][];
        this.threatOf = new double[n][];
        this.rowStamp = new int[n];
        this.strengthGeometry = new long[n];
        java.util.Arrays.fill(strengthGeometry, -1);
        this.threat1 = new int[n];
        this.threat2 = new int[n];
        this.dominantStamp = new int[n];
        this.dominant1 = new int[n];
        this.dominant2 = new int[n];
        computePower();
    }

    private void computePower() {
        if (step != null) {
            System.arraycopy(step.powers(), 0, power, 0, n);
            System.arraycopy(step.militaries(), 0, military, 0, n);
        } else {
            Assessment.computePower(in, powerParams, power, military);
        }
    }

    /**
     * Derives again from the inputs' and the alliances' current values: what was derived before is
     * forgotten (the arrays are kept).
     */
    public void refresh() {
        computePower();
        stamp++;
    }

    ThreatParams threatParams() {
        return threatParams;
    }

    ProximityParams proximity() {
        return proximity;
    }

    PowerParams powerParams() {
        return powerParams;
    }

    AllianceState alliances() {
        return alliances;
    }

    /** The power array itself, for a counterfactual with the same power components (read only). */
    double[] powers() {
        return power;
    }

    double[] militaries() {
        return military;
    }

    @Override public double power(int i) { return power[i]; }
    @Override public double military(int i) { return military[i]; }

    /**
     * The step's blocs (landscape dynamics), or -1 without a step: blocs are the run's state at the
     * step, as the ties are, not an input a trial puts back.
     */
    @Override public int bloc(int i) { return step == null ? -1 : step.bloc(i); }

    @Override
    public double strength(int j, int i) {
        if (rowStamp[i] == stamp) {
            return strengthTo[i][j];
        }
        return i == j ? 1 : proximity.strengthAt(in.distanceKm(i, j), in.reach(j));
    }

    @Override
    public double materialThreat(int j, int i) {
        if (rowStamp[i] == stamp) {
            return materialTo[i][j];
        }
        return i == j ? 0 : material(j, i, strength(j, i), in.offense(j, i));
    }

    /** Material threat of j to i (j != i) at strength s of j reaching i and j's offense o toward i. */
    private double material(int j, int i, double s, double o) {
        double pj = power[j] + alliances.params().blocWeight() * Clip.positivePart(alliances.blocPower(j, i, power[i]));
        return Assessment.materialThreat(threatParams, power[i], pj, s, o);
    }

    @Override
    public double threat(int i, int j) {
        if (rowStamp[i] == stamp) {
            return threatOf[i][j];
        }
        return i == j ? 0 : Assessment.perceivedIntent(threatParams, in.intent(i, j)) * materialThreat(j, i);
    }

    @Override public double basing(int i, int j, int k) {
        return j == k ? 1 : proximity.strengthAt(in.distanceKm(j, k), in.reach(i));
    }

    @Override
    public double projection(int k, int i) {
        return Assessment.projection(threatParams, strength(k, i), in.offense(k, i));
    }

    @Override
    public int principalThreat(int i, int except) {
        deriveRow(i);
        int first = threat1[i];
        return first != except ? first : threat2[i];
    }

    /** a's row of threats ({@code threat(a, m)} at [m]), derived if it was not: read it, valid until the next refresh. */
    double[] threatRow(int a) {
        deriveRow(a);
        return threatOf[a];
    }

    /** a's row of material threats ({@code materialThreat(m, a)} at [m]), as {@link #threatRow}. */
    double[] materialRow(int a) {
        deriveRow(a);
        return materialTo[a];
    }

    /** State a's row of threats with what is behind each entry, and its two principal threats. */
    private void deriveRow(int a) {
        if (rowStamp[a] == stamp) {
            return;
        }
        long geometry = in instanceof WorldInputs w ? w.geometryVersion() : -1;
        if (step != null) {
            // the step's own rows, read in place (nothing writes them until its next recompute,
            // which comes with this view's next refresh)
            strengthTo[a] = step.strengthRowTo(a);
            offenseTo[a] = step.offenseRowTo(a);
            materialTo[a] = step.materialRowTo(a);
            threatOf[a] = step.threatRowOf(a);
            strengthGeometry[a] = geometry;
            threat1[a] = step.firstThreat(a);
            threat2[a] = step.secondThreat(a);
            rowStamp[a] = stamp;
            return;
        }
        if (threatOf[a] == null) {
            strengthTo[a] = new double[n];
            offenseTo[a] = new double[n];
            materialTo[a] = new double[n];
            threatOf[a] = new double[n];
        }
        double[] s = strengthTo[a];
        double[] o = offenseTo[a];
        double[] m = materialTo[a];
        double[] t = threatOf[a];
        boolean strengthsKept = geometry >= 0 && strengthGeometry[a] == geometry;
        // the expressions of strength, materialThreat and threat above, entry by entry
        for (int j = 0; j < n; j++) {
            if (j == a) {
                s[j] = 1;
                m[j] = 0;
                t[j] = 0;
                continue;
            }
            if (!strengthsKept) {
                s[j] = proximity.strengthAt(in.distanceKm(a, j), in.reach(j));
                o[j] = in.offense(j, a);
            }
            m[j] = material(j, a, s[j], o[j]);
            t[j] = Assessment.perceivedIntent(threatParams, in.intent(a, j)) * m[j];
        }
        strengthGeometry[a] = geometry;
        Assessment.topTwo(t, a, two);
        threat1[a] = two[0];
        threat2[a] = two[1];
        rowStamp[a] = stamp;
    }

    @Override
    public double preponderance(int i, int j) {
        return Assessment.preponderance(power[i], power[j], strength(j, i));
    }

    @Override
    public int dominantPower(int i, int except) {
        if (dominantStamp[i] != stamp) {
            if (scratchRow == null) {
                scratchRow = new double[n];
            }
            for (int j = 0; j < n; j++) {
                scratchRow[j] = i == j ? 0 : preponderance(i, j);
            }
            Assessment.topTwo(scratchRow, i, two);
            dominant1[i] = two[0];
            dominant2[i] = two[1];
            dominantStamp[i] = stamp;
        }
        int first = dominant1[i];
        return first != except ? first : dominant2[i];
    }
}
