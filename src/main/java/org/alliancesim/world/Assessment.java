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
    /** Share of j's strength reaching i at [j][i] (source row). */
    private final double[][] strength;
    /** The same at [i][j] (target row), so that a state's row of threats walks memory in order. */
    private final double[][] strengthT;
    /** Offense of j toward i at [i][j]. */
    private final double[][] offenseT;
    /** Projection of j's force on i at [i][j]. */
    private final double[][] projT;
    /** Each state's reach as the four matrices above were derived from it. */
    private final double[] reach;
    /** The inputs' geometry the four matrices above were derived from (-1: never, or not known). */
    private long geometry = -1;
    private final boolean symmetricDistances;
    /** Material threat of j to i at [i][j]. */
    private final double[][] material;
    private final double[][] threat;
    /** Each state's most and second most threatening others (-1: none), as flat arrays. */
    private final int[] threat1;
    private final int[] threat2;
    /** The threat each state perceives from its principal threat (0: none), for {@link Row#GREATEST_THREAT}. */
    private final double[] greatestThreat;
    /** Each state's most and second most preponderant others (-1: none). */
    private final int[] dominant1;
    private final int[] dominant2;
    /**
     * For each state i, with k its principal threat: k's projected force with its bloc's share, and
     * i's allied support less k's own part (the parts of {@link #vulnerabilityWithout} that do not
     * depend on the partner), derived once per step.
     */
    private final double[] exposureToPrincipal;
    private final double[] supportWithoutPrincipal;
    private int[] blocs;
    /** Scratch for a row of intent when the inputs are not the store ({@link #intentRow}). */
    private final double[] intentScratch;
    /** The aggregate power of the previous recompute, and a count of the recomputes that changed it. */
    private final double[] previousPower;
    private long powerVersion;
    /**
     * Columns of threat and material threat by their source k ({@code threatOf[k][j] = threat[j][k]},
     * {@code materialOf[k][j] = material[j][k]}), taken when first asked for in a step (the
     * recompute count they were taken at): many states share a principal threat, whose column
     * each of their rows of desires reads.
     */
    private final double[][] threatOf;
    private final double[][] materialOf;
    private final long[] threatOfTaken;
    private final long[] materialOfTaken;
    private long recomputes;
    /** Rows of basing of states of another reach than their rival's ({@link #basingRow}), the rival and the geometry they were derived for. */
    private final double[][] basingRows;
    private final int[] basingOf;
    private final long[] basingGeometry;
    /** Whether {@link #dominant1} and {@link #dominant2} were derived (they are kept while power and gradient stand). */
    private boolean dominanceDerived;

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
        this.strengthT = new double[n][n];
        this.offenseT = new double[n][n];
        this.projT = new double[n][n];
        this.reach = new double[n];
        this.threatOf = new double[n][];
        this.materialOf = new double[n][];
        this.threatOfTaken = new long[n];
        this.materialOfTaken = new long[n];
        this.symmetricDistances = in instanceof WorldInputs;
        this.material = new double[n][n];
        this.threat = new double[n][n];
        this.threat1 = new int[n];
        this.threat2 = new int[n];
        this.greatestThreat = new double[n];
        this.dominant1 = new int[n];
        this.dominant2 = new int[n];
        this.exposureToPrincipal = new double[n];
        this.supportWithoutPrincipal = new double[n];
        this.previousPower = new double[n];
        this.intentScratch = new double[n];
        this.basingRows = new double[n][];
        this.basingOf = new int[n];
        this.basingGeometry = new long[n];
        startGeometry();
        recompute();
    }

    /**
     * The geometry of inputs copied from a world and not moved since ({@link WorldInputs#geometryOrigin()}),
     * the same for every such copy: derived by the first assessment of it with these parameters
     * and copied by the others ({@link StartGeometry}), so that {@link #refreshGeometry} finds it
     * current. Other inputs derive theirs there.
     */
    private void startGeometry() {
        if (in instanceof WorldInputs w && w.geometryOrigin() != 0) {
            long g = w.geometryVersion();
            StartGeometry.fill(new StartGeometry.Key(w.geometryOrigin(), g, proximity, threatParams),
                    new double[][][] {strength, strengthT, offenseT, projT}, reach, this::refreshGeometry);
            geometry = g;
        }
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
        recomputes++;
        alliances.setTies(ties);
        computePower(in, powerParams, power, military);
        boolean powerMoved = !java.util.Arrays.equals(power, previousPower);
        if (powerMoved) {
            System.arraycopy(power, 0, previousPower, 0, n);
            powerVersion++;
        }
        // The preponderant powers depend on power and the gradient alone: derived again only when
        // either moved (or the inputs do not count their geometry's writes).
        boolean dominance = refreshGeometry() || powerMoved || geometry < 0 || !dominanceDerived;
        dominanceDerived = true;
        // the blocs' power and military and each state's allied support, in one pass over the ties
        // (the threat rows below read the blocs; the balancers, summed from the threat when first
        // read, are not read before they are made)
        alliances.computeBlocsAndSupport(power, military, in, projT, threat);
        double bw = alliances.params().blocWeight();
        int[] two = new int[2];
        // fields read into locals once: the loops below run for every pair
        int n = this.n;
        double[] power = this.power;
        for (int i = 0; i < n; i++) {
            double pi = power[i];
            double[] sRow = strengthT[i];
            threatRow(i, intentRow(i, intentScratch), alliances.commitments(i), two);
            threat1[i] = two[0];
            threat2[i] = two[1];
            greatestThreat[i] = two[0] < 0 ? 0 : threat[i][two[0]];
            if (!dominance) {
                continue;
            }
            // topTwo over the preponderances of i's row, without storing them
            int first = -1;
            int second = -1;
            double v1 = 0;
            double v2 = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double v = preponderance(pi, power[j], sRow[j]);
                if (v <= 0) {
                    continue;
                }
                if (first < 0 || v > v1) {
                    second = first;
                    v2 = v1;
                    first = j;
                    v1 = v;
                } else if (second < 0 || v > v2) {
                    second = j;
                    v2 = v;
                }
            }
            dominant1[i] = first;
            dominant2[i] = second;
        }
        for (int i = 0; i < n; i++) {
            int k = threat1[i];
            if (k >= 0) {
                exposureToPrincipal[i] = (military[k] + bw * Clip.positivePart(blocMilitary(k, i))) * projection(k, i);
                supportWithoutPrincipal[i] = support(i) - contribution(i, k);
            }
        }
    }

    /**
     * Row i of material threat and threat ({@code intent} and {@code tieRow} i's rows of perceived
     * intent and of commitments), and i's two principal threats into {@code two}. Each entry is the
     * expression of {@link #materialThreat} and {@link #perceivedIntent}, with the additive form
     * with some weight and a linear intent written out here (the same operations on the same
     * numbers in the same order); the two principal threats are {@link #topTwo}'s scan, made as
     * the entries are (the same values in the same order, self and non-positive entries skipped,
     * NaN kept as there). Other parameters take {@link #otherThreatRow}, which calls the formulas,
     * then the scan: kept out of this loop, which makes no call (C1 saves every register around
     * one, taken or not).
     */
    private void threatRow(int i, double[] intent, double[] tieRow, int[] two) {
        ThreatParams tp = threatParams;
        if (tp.form() != ThreatParams.Form.ADDITIVE || tp.weightSum() <= 0 || tp.intentExponent() != 1) {
            otherThreatRow(i, intent, tieRow);
            topTwo(threat[i], i, two);
            return;
        }
        int n = this.n;
        double[] power = this.power;
        double[] blocPower = alliances.blocPowers();
        double bw = alliances.params().blocWeight();
        double[] mRow = material[i];
        double[] tRow = threat[i];
        double[] sRow = strengthT[i];
        double[] oRow = offenseT[i];
        double wSum = tp.weightSum();
        double wPower = tp.power();
        double wProximity = tp.proximity();
        double wOffense = tp.offense();
        double pi = power[i];
        int first = -1;
        int second = -1;
        double v1 = 0;
        double v2 = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            // power[j] + bw * max(0, blocPower(j, i)): see AllianceState.blocPowerFromRow
            double pj = power[j] + bw * Clip.positivePart(blocPower[j] - tieRow[j] * pi);
            double rel = pi + pj <= 0 ? 0.5 : pj / (pi + pj);
            double m = (wPower * rel + wProximity * sRow[j] + wOffense * oRow[j]) / wSum;
            mRow[j] = m;
            double t = intent[j] * m;
            tRow[j] = t;
            if (t <= 0) {
                continue;
            }
            if (first < 0 || t > v1) {
                second = first;
                v2 = v1;
                first = j;
                v1 = t;
            } else if (second < 0 || t > v2) {
                second = j;
                v2 = t;
            }
        }
        two[0] = first;
        two[1] = second;
    }

    /** {@link #threatRow}'s entries under the contest form, no weight or an intent exponent, from the formulas. */
    private void otherThreatRow(int i, double[] intent, double[] tieRow) {
        double[] blocPower = alliances.blocPowers();
        double bw = alliances.params().blocWeight();
        double pi = power[i];
        for (int j = 0; j < n; j++) {
            if (j != i) {
                double pj = power[j] + bw * Clip.positivePart(blocPower[j] - tieRow[j] * pi);
                double m = materialThreat(threatParams, pi, pj, strengthT[i][j], offenseT[i][j]);
                material[i][j] = m;
                threat[i][j] = perceivedIntent(threatParams, intent[j]) * m;
            }
        }
    }

    /**
     * The gradient, the offense and the projection of force, derived again only when the inputs'
     * distances, reaches or offensive capabilities were written since the last time (inputs that
     * do not count their writes are derived every step); whether they were derived again.
     */
    private boolean refreshGeometry() {
        long g = in instanceof WorldInputs w ? w.geometryVersion() : -1;
        if (g >= 0 && g == geometry) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            double[] sRow = strength[j];
            double r = in.reach(j);
            reach[j] = r;
            for (int i = 0; i < n; i++) {
                double s = i == j ? 1 : proximity.strengthAt(in.distanceKm(i, j), r);
                double o = in.offense(j, i);
                sRow[i] = s;
                strengthT[i][j] = s;
                offenseT[i][j] = o;
                projT[i][j] = projection(threatParams, s, o);
            }
        }
        geometry = g;
        return true;
    }

    /**
     * State a's rows as {@link LazyAssessment} keeps them, for its base view of this step's inputs
     * to read instead of deriving: strength(m, a), offense(m, a), materialThreat(m, a) and
     * threat(a, m) at [m] (self: 1, the offense, 0, 0), and a's two principal threats. Read only.
     */
    double[] strengthRowTo(int a) { return strengthT[a]; }
    double[] offenseRowTo(int a) { return offenseT[a]; }
    double[] materialRowTo(int a) { return material[a]; }
    double[] threatRowOf(int a) { return threat[a]; }
    int firstThreat(int a) { return threat1[a]; }
    int secondThreat(int a) { return threat2[a]; }
    double[] powers() { return power; }
    double[] militaries() { return military; }
    ThreatParams threatParams() { return threatParams; }
    ProximityParams proximity() { return proximity; }
    PowerParams powerParams() { return powerParams; }

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
        return topTwo(row, self, new int[2]);
    }

    /** {@link #topTwo(double[], int)} into {@code into}. */
    static int[] topTwo(double[] row, int self, int[] into) {
        int first = -1;
        int second = -1;
        double v1 = 0; // row[first], row[second]: kept at hand, not read again
        double v2 = 0;
        for (int k = 0; k < row.length; k++) {
            double v = row[k];
            if (k == self || v <= 0) {
                continue;
            }
            if (first < 0 || v > v1) {
                second = first;
                v2 = v1;
                first = k;
                v1 = v;
            } else if (second < 0 || v > v2) {
                second = k;
                v2 = v;
            }
        }
        into[0] = first;
        into[1] = second;
        return into;
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

    /**
     * Power counts the recomputes that changed it (bit for bit); trade and identity are the
     * inputs' counts of their writes, when the inputs count them ({@link WorldInputs}).
     */
    @Override
    public long version(Versioned what) {
        if (what == Versioned.POWER) {
            return powerVersion;
        }
        return in instanceof WorldInputs w ? w.version(what) : -1;
    }

    @Override public double power(int i) { return power[i]; }
    @Override public double military(int i) { return military[i]; }
    @Override public double strength(int j, int i) { return strength[j][i]; }
    @Override public double materialThreat(int j, int i) { return material[i][j]; }
    @Override public double threat(int i, int j) { return threat[i][j]; }
    @Override public AllianceParams allianceParams() { return alliances.params(); }
    @Override public double commitment(int i, int j) { return alliances.commitment(i, j); }
    @Override public double support(int i) { return alliances.support(i); }
    /** The part as the step's support took it (the same numbers: see {@link AllianceState#contribution}). */
    @Override public double contribution(int i, int j) { return alliances.contribution(i, j); }
    @Override public double blocMilitary(int j, int except) {
        return except < 0 ? alliances.blocMilitary(j, -1, 0) : alliances.blocMilitaryFromRow(j, except, military[except]);
    }
    @Override public double blocPower(int j, int except) {
        return except < 0 ? alliances.blocPower(j, -1, 0) : alliances.blocPowerFromRow(j, except, power[except]);
    }
    @Override public double balancers(int j) { return alliances.balancers(j); }

    /**
     * The gradient at i's reach over the j-k distance. Where i's reach equals k's (or j's, distances
     * being symmetric) that is a cell of the strength matrix, the same expression on the same numbers.
     */
    @Override public double basing(int i, int j, int k) {
        return basingAt(reach[i], j, k);
    }

    /** {@link #basing} for a state of reach r (strength[j][k] read as strengthT[k][j], the same cell, along a row). */
    private double basingAt(double r, int j, int k) {
        if (j == k) {
            return 1;
        }
        if (r == reach[k]) {
            return strength[k][j];
        }
        if (symmetricDistances && r == reach[j]) {
            return strengthT[k][j];
        }
        return proximity.strengthAt(in.distanceKm(j, k), r);
    }

    /**
     * {@link WorldView#vulnerabilityWithout}, the same operations in the same order, with the parts
     * that depend only on i and its principal threat taken from this step's assessment.
     */
    @Override
    public double vulnerabilityWithout(int i, int k, int j) {
        if (k < 0 || k != threat1[i]) {
            return vulnerabilityWithoutOther(i, k, j);
        }
        double allies = supportWithoutPrincipal[i] - (j >= 0 && j != k ? contribution(i, j) : 0);
        return exposure(exposureToPrincipal[i], military[i], alliances.params().allyWeight(), allies);
    }

    /** {@code C/(C + D)} with {@code D} i's own capability and its credible allies' (the end of {@link #vulnerabilityWithout}). */
    private static double exposure(double c, double military, double allyWeight, double allies) {
        double d = military + allyWeight * Clip.positivePart(allies);
        return c + d <= 0 ? 0 : c / (c + d);
    }

    /**
     * The rows this assessment keeps (power, military, threat, each state's greatest threat, and
     * the strength row that is i's basing toward k when their reaches are equal) as they are; the
     * others from its matrices directly, with what depends only on i and k taken once per row.
     */
    @Override
    public double[] row(Row what, int i, int k, double[] into) {
        switch (what) {
            case POWER:
                return power;
            case MILITARY:
                return military;
            case THREAT:
                return threat[i];
            case GREATEST_THREAT:
                return greatestThreat;
            case THREAT_OF:
                return column(threat, threatOf, threatOfTaken, k);
            case THREAT_TO: {
                double intent = perceivedIntent(i, k);
                double[] materialFromK = column(material, materialOf, materialOfTaken, k);
                for (int j = 0; j < into.length; j++) {
                    into[j] = j == k ? 0 : intent * materialFromK[j];
                }
                return into;
            }
            case PROJECTION_OF:
                for (int j = 0; j < n; j++) {
                    into[j] = projT[j][k];
                }
                return into;
            case VULNERABILITY_WITHOUT:
                return k >= 0 && k == threat1[i] ? vulnerabilitiesToPrincipal(i, k, into) : super.row(what, i, k, into);
            case BASING: {
                // basing(i, j, k) is strength[k][j] for j != k, and strength[k][k] is 1, as basing(i, k, k)
                double r = reach[i];
                if (r == reach[k]) {
                    return strength[k];
                }
                return basingRow(i, k, into);
            }
            default:
                return super.row(what, i, k, into);
        }
    }

    /**
     * {@link #basing}(i, j, k) for every j, for i of another reach than k's. It depends only on the
     * distances to k and the reaches, which the inputs' geometry counts the writes of, so i's row
     * is kept with the k and the geometry it was derived for, and read again while both stand
     * (inputs that do not count their geometry derive it into {@code into} each time).
     */
    private double[] basingRow(int i, int k, double[] into) {
        double r = reach[i];
        if (geometry < 0) {
            for (int j = 0; j < n; j++) {
                into[j] = basingAt(r, j, k);
            }
            return into;
        }
        double[] row = basingRows[i];
        if (row != null && basingOf[i] == k && basingGeometry[i] == geometry) {
            return row;
        }
        if (row == null) {
            row = new double[n];
            basingRows[i] = row;
        }
        for (int j = 0; j < n; j++) {
            row[j] = basingAt(r, j, k);
        }
        basingOf[i] = k;
        basingGeometry[i] = geometry;
        return row;
    }

    /** Column k of {@code m} ({@code m[j][k]} for every j), kept in {@code columns} for the step. */
    private double[] column(double[][] m, double[][] columns, long[] taken, int k) {
        double[] c = columns[k];
        if (c != null && taken[k] == recomputes) {
            return c;
        }
        if (c == null) {
            c = new double[n];
            columns[k] = c;
        }
        for (int j = 0; j < n; j++) {
            c[j] = m[j][k];
        }
        taken[k] = recomputes;
        return c;
    }

    /** {@link #vulnerabilityWithout}(i, k, j) for every j, k being i's principal threat. */
    private double[] vulnerabilitiesToPrincipal(int i, int k, double[] into) {
        double c = exposureToPrincipal[i];
        double held = supportWithoutPrincipal[i];
        double mi = military[i];
        double allyWeight = alliances.params().allyWeight();
        double[] parts = alliances.contributions(i); // contribution(i, j) for every j
        for (int j = 0; j < into.length; j++) {
            double allies = held - (j != k ? parts[j] : 0);
            into[j] = exposure(c, mi, allyWeight, allies);
        }
        return into;
    }

    /** {@link #vulnerabilityWithout} toward a state other than i's principal threat (kept apart so the common case inlines). */
    private double vulnerabilityWithoutOther(int i, int k, int j) {
        AllianceParams a = alliances.params();
        double c = (military[k] + a.blocWeight() * Clip.positivePart(blocMilitary(k, i))) * projection(k, i);
        double allies = support(i) - contribution(i, k) - (j >= 0 && j != k ? contribution(i, j) : 0);
        return exposure(c, military[i], a.allyWeight(), allies);
    }

    private double perceivedIntent(int i, int k) {
        return perceivedIntent(threatParams, in.intent(i, k));
    }

    @Override
    public double threatTo(int i, int k, int j) {
        return j == k ? 0 : perceivedIntent(i, k) * material[j][k];
    }

    @Override
    public double projection(int k, int i) {
        return projT[i][k];
    }

    @Override
    public int principalThreat(int i, int except) {
        int first = threat1[i];
        return first != except ? first : threat2[i];
    }

    @Override
    public double preponderance(int i, int j) {
        return preponderance(power[i], power[j], strengthT[i][j]);
    }

    @Override
    public int dominantPower(int i, int except) {
        int first = dominant1[i];
        return first != except ? first : dominant2[i];
    }
}
