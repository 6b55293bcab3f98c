package org.alliancesim.bench;

import java.util.Arrays;
import org.alliancesim.model.PerceptionNoise;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.AllianceParams;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Geography;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.ProximityParams;
import org.alliancesim.world.ThreatParams;
import org.alliancesim.world.TieParams;

/**
 * The practical lower bound of one model step: the engine's arithmetic for a {@link RandomWorld}
 * under its parameters (by default {@link Parameters#DEFAULTS}, the interacting model) written as
 * plain loops over flat primitive arrays (index {@code i*n + j}), with no MASON schedule, no object
 * per dyad, no interface dispatch and no output. Each step does what the engine's phases do, in the
 * same order and with the same floating-point operations:
 * <ol>
 *   <li>perception: intent and delivery move toward their signals, plus Gaussian noise, and then
 *       what states learn from the previous step ({@link LearningParams}: guilt by association,
 *       reliability, delivery), fused into one pass over the pairs (each pair's update reads only
 *       its own cells, so the fusion changes no number);</li>
 *   <li>assessment: power shares, the alliance aggregates of the previous step's ties (bloc power
 *       and bloc military, {@link AllianceParams}), material threat with the bloc's power, threat,
 *       each state's two principal threats and two preponderant powers, then credible allied
 *       support and the coalition available against each state;</li>
 *   <li>decision: each state's desire toward every other under its module ({@link BareModules}),
 *       the module chosen once per row;</li>
 *   <li>commitment: each pair moves toward the target of the bargaining rule with inertia; levels
 *       with hysteresis.</li>
 * </ol>
 * What only events change (gradient, projection, power, the pull of the stronger, the identity and
 * interdependence rows) is derived once; a random world has no events. Matrices are walked along
 * their rows: where the engine reads a quantity both ways (material threat as source-to-target and
 * as target-from-source), the bare loop keeps the orientation each walk needs. No step allocates.
 * Cause attribution and recording are left out: they are not per-dyad work. The noise is the
 * engine's ({@link PerceptionNoise} of the world's generator and the run's seed, drawn in the same
 * order), so {@code BareLoopMatchesEngineTest} compares the two with noise too; under
 * {@code mersenne-twister} MASON's schedule also draws from the engine's generator to shuffle
 * agents, and the two runs diverge with noise.
 */
public final class BareLoop {
    final int n;
    // Inputs that only events change (constant here).
    final double[] distance;
    final double[] reach;
    /** Share of j's strength reaching i, at {@code j*n + i} (source row). */
    final double[] strength;
    /** The same at {@code i*n + j} (target row). */
    final double[] strengthT;
    /** Offense of j toward i at {@code j*n + i}. */
    final double[] offense;
    /** Projection of k on i at {@code k*n + i}. */
    final double[] proj;
    /** Projection of j on i at {@code i*n + j}. */
    final double[] projT;
    final double[] power;
    final double[] military;
    final double[] trade;
    final double[] identity;
    final int[] revisionism;
    final int[] module;
    // Inputs that perception and learning move, at i*n + j.
    final double[] intent;
    final double[] signalIntent;
    final double[] credibility;
    final double[] gainPol;
    final double[] gainMil;
    final double[] gainEco;
    final double[] delivered;
    final double[] signalDelivered;
    // Derived each step.
    /** Material threat of j to i at {@code j*n + i}. */
    final double[] material;
    /** Threat i perceives from j at {@code i*n + j}. */
    final double[] threat;
    final int[] top1;
    final int[] top2;
    final int[] dom1;
    final int[] dom2;
    /** Greatest threat each state perceives (its principal threat's). */
    final double[] maxThreat;
    final double[] blocPower;
    final double[] blocMilitary;
    final double[] support;
    final double[] balancers;
    final double[] desire;
    // Ties: commitment symmetric (both triangles), level in the upper triangle.
    final double[] commitment;
    final int[] level;
    private boolean anyTie;
    // Parameters.
    final Parameters p;
    final ThreatParams.Form form;
    final double wPower;
    final double wProx;
    final double wOff;
    final double wSum;
    final double decisiveness;
    final double intentExp;
    final double halfKm;
    final double rangeKm;
    final int gradient;
    final double blocWeight;
    final double allyWeight;
    private final double adjustment;
    private final double noise;
    private final double intentFromAlignment;
    private final double credibilityFromReliability;
    private final double gainsFromDelivery;
    private final double[] thresholds;
    private final double lowest;
    private final double tieAdjustment;
    private final double hysteresis;
    private final boolean consent;
    private final double cost;
    private final PerceptionNoise random;
    private final BareModules modules;
    private int step;

    public BareLoop(RandomWorld w, long seed) {
        n = w.n();
        p = w.parameters();
        ThreatParams tp = p.threat();
        form = tp.form();
        wPower = tp.power();
        wProx = tp.proximity();
        wOff = tp.offense();
        wSum = tp.weightSum();
        decisiveness = tp.decisiveness();
        intentExp = tp.intentExponent();
        ProximityParams px = p.proximity();
        gradient = px.gradient().ordinal();
        halfKm = px.halfDistanceKm();
        rangeKm = px.rangeKm();
        AllianceParams ap = p.alliances();
        blocWeight = ap.blocWeight();
        allyWeight = ap.allyWeight();
        adjustment = p.perception().adjustment();
        noise = p.perception().noise();
        LearningParams lp = p.learning();
        intentFromAlignment = lp.intentFromAlignment();
        credibilityFromReliability = lp.credibilityFromReliability();
        gainsFromDelivery = lp.gainsFromDelivery();
        TieParams ties = p.ties();
        thresholds = new double[] {0, ties.alignment(), ties.coalition(), ties.alliance()};
        lowest = Math.min(ties.alignment(), Math.min(ties.coalition(), ties.alliance())) - ties.hysteresis();
        tieAdjustment = ties.adjustment();
        hysteresis = ties.hysteresis();
        consent = ties.bargaining() == TieParams.Bargaining.CONSENT;
        cost = ties.cost();

        int nn = n * n;
        distance = new double[nn];
        reach = w.reach().clone();
        strength = new double[nn];
        strengthT = new double[nn];
        offense = new double[nn];
        proj = new double[nn];
        projT = new double[nn];
        power = new double[n];
        military = new double[n];
        trade = new double[nn];
        identity = new double[nn];
        intent = new double[nn];
        credibility = new double[nn];
        gainPol = new double[nn];
        gainMil = new double[nn];
        gainEco = new double[nn];
        delivered = new double[nn];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ij = i * n + j;
                if (i != j) {
                    distance[ij] = Geography.distanceKm(w.lat()[Math.min(i, j)], w.lon()[Math.min(i, j)],
                            w.lat()[Math.max(i, j)], w.lon()[Math.max(i, j)]);
                    identity[ij] = similarity(w.traits()[i], w.traits()[j]);
                }
                offense[ij] = w.offense()[i][j];
                intent[ij] = w.intent()[i][j];
                credibility[ij] = w.credibility()[i][j];
                gainPol[ij] = w.gains()[Channel.POLITICAL.ordinal()][i][j];
                gainMil[ij] = w.gains()[Channel.MILITARY.ordinal()][i][j];
                gainEco[ij] = w.gains()[Channel.ECONOMIC.ordinal()][i][j];
                delivered[ij] = w.delivered()[i][j];
                trade[ij] = w.trade()[i][j];
            }
        }
        signalIntent = intent.clone();
        signalDelivered = delivered.clone();
        revisionism = new int[n];
        module = new int[n];
        for (int i = 0; i < n; i++) {
            revisionism[i] = w.revisionism()[i].ordinal();
            module[i] = w.modules()[i].ordinal();
        }
        computePower(w);
        double projSum = wProx + wOff;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int ji = j * n + i;
                double s = i == j ? 1 : strengthAt(distance[i * n + j], reach[j]);
                strength[ji] = s;
                strengthT[i * n + j] = s;
                double pr = projSum <= 0 ? 1 : (wProx * s + wOff * offense[ji]) / projSum;
                proj[ji] = pr;
                projT[i * n + j] = pr;
            }
        }
        material = new double[nn];
        threat = new double[nn];
        top1 = new int[n];
        top2 = new int[n];
        dom1 = new int[n];
        dom2 = new int[n];
        maxThreat = new double[n];
        blocPower = new double[n];
        blocMilitary = new double[n];
        support = new double[n];
        balancers = new double[n];
        desire = new double[nn];
        commitment = new double[nn];
        level = new int[nn];
        random = PerceptionNoise.create(p.perception().generator(), seed);
        modules = new BareModules(this);
    }

    /** Aggregate power and military share, as the engine's assessment derives them each step. */
    private void computePower(RandomWorld w) {
        int m = RandomWorld.COMPONENTS.size();
        int mil = RandomWorld.COMPONENTS.indexOf("military");
        double weightSum = 0;
        for (int c = 0; c < m; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += w.components()[i][c];
            }
            double weight = p.power().weight(RandomWorld.COMPONENTS.get(c));
            weightSum += weight;
            for (int i = 0; i < n; i++) {
                double share = total > 0 ? w.components()[i][c] / total : 0;
                power[i] += weight * share;
                if (c == mil) {
                    military[i] = share;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            power[i] = weightSum > 0 ? power[i] / weightSum : 0;
        }
    }

    /** Share of identity traits two states share (all random states name every trait). */
    private static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int t = 0; t < a.length; t++) {
            if (a[t] == b[t]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    /** One step: perceive (and learn), assess, decide, commit. */
    public void step() {
        if (step > 0) {
            perceive();
        }
        assess();
        modules.decideAll();
        commit();
        step++;
    }

    /**
     * Perception, then learning from the previous step's threats, ties and desires, in one pass as
     * the engine's {@code PerceiveRow} takes them: pair i-j's update reads and writes only i-j's
     * cells of what perception moves, so one pass in the pair order gives the numbers and draws of
     * a pass per rule.
     */
    private void perceive() {
        boolean learnIntent = intentFromAlignment > 0;
        boolean learnCredibility = credibilityFromReliability > 0;
        boolean learnGains = gainsFromDelivery > 0;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            int k1 = top1[i];
            int k2 = top2[i];
            int principal = k1 >= 0 ? k1 : k2;
            double salience = principal < 0 ? 0 : threat[row + principal];
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                int ij = row + j;
                double x = intent[ij] + adjustment * (signalIntent[ij] - intent[ij]);
                if (noise > 0) {
                    x += noise * random.nextGaussian();
                }
                x = clamp(x);
                double d = clamp(delivered[ij] + adjustment * (signalDelivered[ij] - delivered[ij]));
                delivered[ij] = d;
                if (learnIntent) {
                    int k = k1 != j ? k1 : k2;
                    double association = k < 0 ? 0 : commitment[j * n + k];
                    if (association > 0) {
                        x = x + intentFromAlignment * association * (1 - x);
                    }
                }
                intent[ij] = x;
                if (learnCredibility) {
                    double dij = desire[ij];
                    if (dij > 0 && salience > 0) {
                        double observed = Math.min(1, desire[j * n + i] / dij);
                        double c = credibility[ij];
                        credibility[ij] = c + credibilityFromReliability * salience * (observed - c);
                    }
                }
                if (learnGains) {
                    double shortfall = 1 - d;
                    if (shortfall > 0) {
                        double keep = 1 - gainsFromDelivery * shortfall;
                        gainPol[ij] = gainPol[ij] * keep;
                        gainMil[ij] = gainMil[ij] * keep;
                        gainEco[ij] = gainEco[ij] * keep;
                    }
                }
            }
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private void assess() {
        blocs();
        materialThreat();
        threats();
        supportAndBalancers();
    }

    /** Bloc power and bloc military of every state from the previous step's commitments. */
    private void blocs() {
        if (!anyTie) {
            Arrays.fill(blocPower, 0);
            Arrays.fill(blocMilitary, 0);
            return;
        }
        for (int j = 0; j < n; j++) {
            int row = j * n;
            double pw = 0;
            double ml = 0;
            for (int l = 0; l < n; l++) {
                double c = commitment[row + l];
                if (c > 0 && l != j) {
                    pw += c * power[l];
                    ml += c * military[l];
                }
            }
            blocPower[j] = pw;
            blocMilitary[j] = ml;
        }
    }

    /** Material threat of j to i, row j: j's power with the share of its bloc's less i's part. */
    private void materialThreat() {
        boolean contest = form == ThreatParams.Form.CONTEST;
        for (int j = 0; j < n; j++) {
            int row = j * n;
            double own = power[j];
            double bloc = blocPower[j];
            for (int i = 0; i < n; i++) {
                if (i == j) {
                    continue;
                }
                int ji = row + i;
                double pi = power[i];
                double pj = own + blocWeight * Math.max(0, bloc - commitment[ji] * pi);
                double s = strength[ji];
                double o = offense[ji];
                double mt;
                if (contest) {
                    double force = pj * s * o;
                    if (force <= 0) {
                        mt = 0;
                    } else {
                        double f = decisiveness == 1 ? force : Math.pow(force, decisiveness);
                        double d = decisiveness == 1 ? pi : Math.pow(pi, decisiveness);
                        mt = f / (f + d);
                    }
                } else if (wSum <= 0) {
                    mt = 0;
                } else {
                    double rel = pi + pj <= 0 ? 0.5 : pj / (pi + pj);
                    mt = (wPower * rel + wProx * s + wOff * o) / wSum;
                }
                material[ji] = mt;
            }
        }
    }

    /** Tile edge of the transposed read of the material threat. */
    private static final int TILE = 64;

    /** Threat, then each state's two principal threats and two preponderant powers. */
    private void threats() {
        boolean linear = intentExp == 1;
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int row = i * n;
                    for (int j = j0; j < j1; j++) {
                        if (i != j) {
                            double x = intent[row + j];
                            threat[row + j] = (linear ? x : Math.pow(x, intentExp)) * material[j * n + i];
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int row = i * n;
            int first = -1;
            int second = -1;
            double t1 = 0;
            double t2 = 0;
            for (int j = 0; j < n; j++) {
                double t = threat[row + j];
                if (j == i || t <= 0) {
                    continue;
                }
                if (first < 0 || t > t1) {
                    second = first;
                    t2 = t1;
                    first = j;
                    t1 = t;
                } else if (second < 0 || t > t2) {
                    second = j;
                    t2 = t;
                }
            }
            top1[i] = first;
            top2[i] = second;
            int principal = first >= 0 ? first : second;
            maxThreat[i] = principal < 0 ? 0 : threat[row + principal];
            double powerI = power[i];
            first = -1;
            second = -1;
            double p1 = 0;
            double p2 = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double pr = preponderance(powerI, power[j], strengthT[row + j]);
                if (pr <= 0) {
                    continue;
                }
                if (first < 0 || pr > p1) {
                    second = first;
                    p2 = p1;
                    first = j;
                    p1 = pr;
                } else if (second < 0 || pr > p2) {
                    second = j;
                    p2 = pr;
                }
            }
            dom1[i] = first;
            dom2[i] = second;
        }
    }

    /** Credible allied support reaching each state, and the coalition available against each. */
    private void supportAndBalancers() {
        Arrays.fill(balancers, 0);
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double s = 0;
            double mi = military[i];
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double c = commitment[row + j];
                if (c > 0) {
                    s += c * credibility[row + j] * military[j] * projT[row + j];
                }
                balancers[j] += mi * threat[row + j];
            }
            support[i] = s;
        }
    }

    double strengthAt(double km, double r) {
        if (r <= 0) {
            return km <= 0 ? 1 : 0;
        }
        double d = km / r;
        if (gradient == ProximityParams.Gradient.EXPONENTIAL.ordinal()) {
            return Math.pow(0.5, d / halfKm);
        }
        return gradient == ProximityParams.Gradient.LINEAR.ordinal() ? Math.max(0, 1 - d / rangeKm) : 1;
    }

    static double preponderance(double powerI, double powerJ, double strengthJI) {
        double sum = powerI + powerJ;
        if (sum <= 0 || powerJ <= powerI) {
            return 0;
        }
        return (powerJ - powerI) / sum * strengthJI;
    }

    private void commit() {
        boolean tie = false;
        for (int a = 0; a < n; a++) {
            int row = a * n;
            for (int b = a + 1; b < n; b++) {
                int ab = row + b;
                double da = desire[ab];
                double db = desire[b * n + a];
                double target;
                if (consent) {
                    target = Math.min(da, db);
                } else {
                    double surplus = 0.5 * (da + db) - cost;
                    target = surplus <= 0 ? 0 : surplus / (1 - cost);
                }
                double c = commitment[ab];
                c += tieAdjustment * (target - c);
                commitment[ab] = c;
                commitment[b * n + a] = c;
                tie |= c > 0;
                int l = level[ab];
                level[ab] = c < lowest ? 0 : levelFor(c, l);
            }
        }
        anyTie = tie;
    }

    private int levelFor(double c, int current) {
        for (int k = thresholds.length - 1; k > 0; k--) {
            if (c >= thresholds[k] - (k <= current ? hysteresis : 0)) {
                return k;
            }
        }
        return 0;
    }

    // --- read access for tests and the benchmark ---

    public int size() {
        return n;
    }

    public double desire(int i, int j) {
        return desire[i * n + j];
    }

    public double threat(int i, int j) {
        return threat[i * n + j];
    }

    public double commitment(int i, int j) {
        return i == j ? 0 : commitment[i * n + j];
    }

    /** The level of the pair's tie as the ordinal of {@link org.alliancesim.world.Level}. */
    public int level(int i, int j) {
        return i == j ? 0 : level[Math.min(i, j) * n + Math.max(i, j)];
    }
}
