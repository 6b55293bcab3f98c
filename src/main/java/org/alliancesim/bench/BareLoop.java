package org.alliancesim.bench;

import ec.util.MersenneTwisterFast;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Geography;
import org.alliancesim.world.ProximityParams;
import org.alliancesim.world.TieParams;

/**
 * The practical lower bound of one model step: the engine's arithmetic for a {@link RandomWorld}
 * written as plain loops over flat primitive arrays (index {@code i*n + j}), with no MASON
 * schedule, no object per dyad, no interface dispatch and no output. Each step does what the
 * engine's phases do, in the same order and with the same floating-point operations:
 * <ol>
 *   <li>perception: intent and delivery move toward their signals, plus Gaussian noise;</li>
 *   <li>assessment: power shares, the loss-of-strength gradient, material threat, threat, each
 *       state's two principal threats and two preponderant powers;</li>
 *   <li>decision: each state's desire toward every other under its module ({@link BareModules});</li>
 *   <li>commitment: each pair follows the smaller desire with inertia; levels with hysteresis.</li>
 * </ol>
 * Cause attribution and recording are left out: they are not per-dyad work. The noise stream is
 * MASON's generator with the run's seed, but the engine also draws from it to shuffle agents, so
 * with noise the two runs diverge; {@code BareLoopMatchesEngineTest} compares them without noise.
 */
public final class BareLoop {
    final int n;
    final int m;
    // Inputs.
    final double[] comp;
    final double[] weight;
    final int mil;
    final double[] distance;
    final double[] reach;
    final double[] offense;
    final double[] intent;
    final double[] signalIntent;
    final double[] credibility;
    final double[] gainPol;
    final double[] gainMil;
    final double[] gainEco;
    final double[] delivered;
    final double[] signalDelivered;
    final double[] trade;
    final double[] identity;
    final int[] revisionism;
    final int[] module;
    // Derived each step.
    final double[] power;
    final double[] military;
    final double[] strength;
    final double[] material;
    final double[] threat;
    final int[] top1;
    final int[] top2;
    final int[] dom1;
    final int[] dom2;
    final double[] pre;
    final double[] desire;
    // Ties (upper triangle used).
    final double[] commitment;
    final int[] level;
    // Parameters.
    final Parameters p;
    final double wPower;
    final double wProx;
    final double wOff;
    final double wSum;
    final double intentExp;
    final int gradient;
    final double halfKm;
    final double rangeKm;
    final double adjustment;
    final double noise;
    final double[] thresholds;
    final double tieAdjustment;
    final double hysteresis;
    private final MersenneTwisterFast random;
    private final BareModules modules;
    private int step;

    public BareLoop(RandomWorld w, long seed) {
        n = w.n();
        m = RandomWorld.COMPONENTS.size();
        p = w.parameters();
        comp = new double[n * m];
        weight = new double[m];
        for (int c = 0; c < m; c++) {
            weight[c] = p.power().weight(RandomWorld.COMPONENTS.get(c));
            for (int i = 0; i < n; i++) {
                comp[i * m + c] = w.components()[i][c];
            }
        }
        mil = RandomWorld.COMPONENTS.indexOf("military");
        int nn = n * n;
        distance = new double[nn];
        offense = new double[nn];
        intent = new double[nn];
        credibility = new double[nn];
        gainPol = new double[nn];
        gainMil = new double[nn];
        gainEco = new double[nn];
        delivered = new double[nn];
        trade = new double[nn];
        identity = new double[nn];
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
        reach = w.reach().clone();
        signalIntent = intent.clone();
        signalDelivered = delivered.clone();
        revisionism = new int[n];
        module = new int[n];
        for (int i = 0; i < n; i++) {
            revisionism[i] = w.revisionism()[i].ordinal();
            module[i] = w.modules()[i].ordinal();
        }
        power = new double[n];
        military = new double[n];
        strength = new double[nn];
        material = new double[nn];
        threat = new double[nn];
        top1 = new int[n];
        top2 = new int[n];
        dom1 = new int[n];
        dom2 = new int[n];
        pre = new double[n];
        desire = new double[nn];
        commitment = new double[nn];
        level = new int[nn];
        wPower = p.threat().power();
        wProx = p.threat().proximity();
        wOff = p.threat().offense();
        wSum = p.threat().weightSum();
        intentExp = p.threat().intentExponent();
        gradient = p.proximity().gradient().ordinal();
        halfKm = p.proximity().halfDistanceKm();
        rangeKm = p.proximity().rangeKm();
        adjustment = p.perception().adjustment();
        noise = p.perception().noise();
        TieParams tp = p.ties();
        thresholds = new double[] {0, tp.alignment(), tp.coalition(), tp.alliance()};
        tieAdjustment = tp.adjustment();
        hysteresis = tp.hysteresis();
        random = new MersenneTwisterFast(seed);
        modules = new BareModules(this);
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

    /** One step: perceive, assess, decide, commit. */
    public void step() {
        if (step > 0) {
            perceive();
        }
        assess();
        modules.decideAll();
        commit();
        step++;
    }

    private void perceive() {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                int ij = i * n + j;
                double x = intent[ij] + adjustment * (signalIntent[ij] - intent[ij]);
                if (noise > 0) {
                    x += noise * random.nextGaussian();
                }
                intent[ij] = clamp(x);
                double d = delivered[ij];
                delivered[ij] = clamp(d + adjustment * (signalDelivered[ij] - d));
            }
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private void assess() {
        java.util.Arrays.fill(power, 0);
        double weightSum = 0;
        for (int c = 0; c < m; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += comp[i * m + c];
            }
            weightSum += weight[c];
            for (int i = 0; i < n; i++) {
                double share = total > 0 ? comp[i * m + c] / total : 0;
                power[i] += weight[c] * share;
                if (c == mil) {
                    military[i] = share;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            power[i] = weightSum > 0 ? power[i] / weightSum : 0;
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                strength[j * n + i] = i == j ? 1 : strengthAt(distance[i * n + j], reach[j]);
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j || wSum <= 0) {
                    continue;
                }
                double rel = power[i] + power[j] <= 0 ? 0.5 : power[j] / (power[i] + power[j]);
                material[j * n + i] = (wPower * rel + wProx * strength[j * n + i] + wOff * offense[j * n + i]) / wSum;
            }
        }
        for (int i = 0; i < n; i++) {
            int first = -1;
            int second = -1;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double t = perceivedIntent(i * n + j) * material[j * n + i];
                threat[i * n + j] = t;
                if (t <= 0) {
                    continue;
                }
                if (first < 0 || t > threat[i * n + first]) {
                    second = first;
                    first = j;
                } else if (second < 0 || t > threat[i * n + second]) {
                    second = j;
                }
            }
            top1[i] = first;
            top2[i] = second;
            first = -1;
            second = -1;
            for (int j = 0; j < n; j++) {
                pre[j] = i == j ? 0 : preponderance(i, j);
                if (j == i || pre[j] <= 0) {
                    continue;
                }
                if (first < 0 || pre[j] > pre[first]) {
                    second = first;
                    first = j;
                } else if (second < 0 || pre[j] > pre[second]) {
                    second = j;
                }
            }
            dom1[i] = first;
            dom2[i] = second;
        }
    }

    private double strengthAt(double km, double r) {
        if (r <= 0) {
            return km <= 0 ? 1 : 0;
        }
        double d = km / r;
        if (gradient == ProximityParams.Gradient.EXPONENTIAL.ordinal()) {
            return Math.pow(0.5, d / halfKm);
        }
        return gradient == ProximityParams.Gradient.LINEAR.ordinal() ? Math.max(0, 1 - d / rangeKm) : 1;
    }

    double perceivedIntent(int ij) {
        return intentExp == 1 ? intent[ij] : Math.pow(intent[ij], intentExp);
    }

    double preponderance(int i, int j) {
        double sum = power[i] + power[j];
        if (sum <= 0 || power[j] <= power[i]) {
            return 0;
        }
        return (power[j] - power[i]) / sum * strength[j * n + i];
    }

    private void commit() {
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int ab = a * n + b;
                double target = Math.min(desire[ab], desire[b * n + a]);
                double c = commitment[ab];
                c += tieAdjustment * (target - c);
                commitment[ab] = c;
                level[ab] = levelFor(c, level[ab]);
            }
        }
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
        return commitment[Math.min(i, j) * n + Math.max(i, j)];
    }

    /** The level of the pair's tie as the ordinal of {@link org.alliancesim.world.Level}. */
    public int level(int i, int j) {
        return level[Math.min(i, j) * n + Math.max(i, j)];
    }
}
