package org.alliancesim.bench;

import org.alliancesim.decision.BalanceOfInterests;
import org.alliancesim.decision.BalanceOfPower;
import org.alliancesim.decision.BalanceOfThreat;
import org.alliancesim.decision.Theories;
import org.alliancesim.decision.WaltBandwagoning;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Revisionism;

/**
 * Every agent-level decision module's formula as plain arithmetic on {@link BareLoop}'s arrays, one
 * loop per state's row, the module chosen once per row by its theory's ordinal. The formulas are
 * copied from the module classes in {@code org.alliancesim.decision} (see their javadoc for the
 * sources) and from {@link org.alliancesim.world.WorldView#vulnerabilityWithout}, term for term and
 * in the same order, so the results are bit-for-bit the engine's. What is the same for a whole row
 * (the principal threat and its threat, the deciding state's exposure to it before partners are
 * counted, the dominant power) is computed once per row; rows that only events change (identity,
 * interdependence) once per run.
 */
final class BareModules {
    private static final int AIMS = Revisionism.values().length;
    private static final int BOT = Theories.BALANCE_OF_THREAT.ordinal();
    private static final int BOT_CAPABLE = Theories.BALANCE_OF_THREAT_CAPABLE.ordinal();
    private static final int WALT = Theories.WALT_BANDWAGONING.ordinal();
    private static final int SCHWELLER = Theories.SCHWELLER_BANDWAGONING.ordinal();
    private static final int BOP = Theories.BALANCE_OF_POWER.ordinal();
    private static final int INTERDEPENDENCE = Theories.INTERDEPENDENCE.ordinal();
    private static final int IDENTITY = Theories.IDENTITY.ordinal();
    private static final int INTERESTS = Theories.BALANCE_OF_INTERESTS.ordinal();

    private final BareLoop w;
    private final int n;
    // Balance of threat.
    private final double threatHalf;
    private final double allyCapability;
    private final boolean sharedByPartner;
    private final double supplyWeight;
    private final double positionWeight;
    private final double denialWeight;
    private final double capabilityWeight;
    // Walt's bandwagoning.
    private final double waltHalf;
    private final double futilityThreshold;
    private final double futilitySteepness;
    private final double coalitionWeight;
    // Interests and Schweller.
    private final double political;
    private final double militaryGain;
    private final double economic;
    private final double[] compatibility;
    /** Schweller's pull of the stronger, at {@code i*n + j} for Schweller rows (power does not move). */
    private final double[] follow;
    // Balance of power.
    private final double preponderanceHalf;
    private final boolean weakerSide;

    BareModules(BareLoop w) {
        this.w = w;
        this.n = w.n;
        Parameters p = w.p;
        BalanceOfThreat.Params bt = p.balanceOfThreat();
        threatHalf = bt.threatHalf();
        allyCapability = bt.allyCapabilityWeight();
        sharedByPartner = bt.sharedBy() == BalanceOfThreat.SharedBy.PARTNER;
        supplyWeight = bt.supplyWeight();
        positionWeight = bt.positionWeight();
        denialWeight = bt.denialWeight();
        capabilityWeight = bt.capabilityWeight();
        WaltBandwagoning.Params wb = p.waltBandwagoning();
        waltHalf = wb.threatHalf();
        futilityThreshold = wb.futilityThreshold();
        futilitySteepness = wb.futilitySteepness();
        coalitionWeight = wb.coalitionWeight();
        BalanceOfInterests.Params bi = p.interests();
        political = bi.political();
        militaryGain = bi.military();
        economic = bi.economic();
        Revisionism[] r = Revisionism.values();
        compatibility = new double[r.length * r.length];
        for (int a = 0; a < r.length; a++) {
            for (int b = 0; b < r.length; b++) {
                compatibility[a * r.length + b] = bi.compatibility(r[a], r[b]);
            }
        }
        preponderanceHalf = p.balanceOfPower().preponderanceHalf();
        weakerSide = p.balanceOfPower().side() == BalanceOfPower.Side.WEAKER_SIDE;
        follow = new double[n * n];
        double followThreshold = p.schweller().followThreshold();
        double followSteepness = p.schweller().followSteepness();
        double fullShare = p.interdependence().fullShare();
        double identityThreshold = p.identity().threshold();
        for (int i = 0; i < n; i++) {
            int theory = w.module[i];
            int row = i * n;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (theory == SCHWELLER) {
                    double pi = w.power[i];
                    double pj = w.power[j];
                    double share = pi + pj <= 0 ? 0.5 : pj / (pi + pj);
                    follow[row + j] = logistic(share, followThreshold, followSteepness);
                } else if (theory == INTERDEPENDENCE) {
                    w.desire[row + j] = Math.min(1, w.trade[row + j] / fullShare);
                } else if (theory == IDENTITY) {
                    w.desire[row + j] = Math.max(0, (w.identity[row + j] - identityThreshold) / (1 - identityThreshold));
                }
            }
        }
    }

    void decideAll() {
        for (int i = 0; i < n; i++) {
            int theory = w.module[i];
            if (theory == BOT) {
                balanceOfThreat(i, allyCapability);
            } else if (theory == BOT_CAPABLE) {
                balanceOfThreat(i, 1);
            } else if (theory == WALT) {
                walt(i);
            } else if (theory == SCHWELLER) {
                interests(i, true);
            } else if (theory == BOP) {
                balanceOfPower(i);
            } else if (theory == INTERESTS) {
                interests(i, false);
            } else if (theory != INTERDEPENDENCE && theory != IDENTITY) {
                throw new IllegalStateException("the bare loop has no module " + Theories.values()[theory].label());
            }
        }
    }

    /** Balance of threat's row i: demand for security plus Morrow's supply side. */
    private void balanceOfThreat(int i, double allyWeight) {
        int row = i * n;
        int k1 = w.top1[i];
        int k2 = w.top2[i];
        double[] desire = w.desire;
        if (k1 < 0) {
            for (int j = 0; j < n; j++) {
                desire[row + j] = 0;
            }
            return;
        }
        Principal first = principal(i, k1);
        Principal second = k2 < 0 ? null : principal(i, k2);
        for (int j = 0; j < n; j++) {
            if (j == i) {
                desire[row + j] = 0;
            } else if (j != k1) {
                desire[row + j] = towardPartner(i, j, k1, first, allyWeight);
            } else {
                desire[row + j] = second == null ? 0 : towardPartner(i, j, k2, second, allyWeight);
            }
        }
    }

    /** What one row of balance of threat shares for one principal threat k (reused, not allocated). */
    private static final class Principal {
        double tk;
        double rivalry;
        double exposure;
        double withoutK;
        double intentK;
        double strengthIK;
        boolean basingFromK;
    }

    private final Principal firstPrincipal = new Principal();
    private final Principal secondPrincipal = new Principal();

    private Principal principal(int i, int k) {
        Principal q = k == w.top1[i] ? firstPrincipal : secondPrincipal;
        int row = i * n;
        q.tk = w.threat[row + k];
        q.rivalry = saturate(q.tk, threatHalf);
        double mi = w.military[i];
        // vulnerabilityWithout(i, k, j): k's projected force with its bloc's share less i's part,
        // and i's allies less k's own contribution (j's is taken off per partner).
        q.exposure = (w.military[k] + w.blocWeight * Math.max(0, w.blocMilitary[k] - w.commitment[k * n + i] * mi))
                * w.proj[k * n + i];
        q.withoutK = w.support[i] - contribution(row + k, k);
        double x = w.intent[row + k];
        q.intentK = w.intentExp == 1 ? x : Math.pow(x, w.intentExp);
        q.strengthIK = w.strength[row + k];
        q.basingFromK = w.reach[i] == w.reach[k];
        return q;
    }

    /** Partner j's part in i's support ({@code ij = i*n + j}). */
    private double contribution(int ij, int j) {
        double c = w.commitment[ij];
        return c <= 0 ? 0 : c * w.credibility[ij] * w.military[j] * w.projT[ij];
    }

    private double towardPartner(int i, int j, int k, Principal q, double allyWeight) {
        int ij = i * n + j;
        double allies = q.withoutK - contribution(ij, j);
        double d = w.military[i] + w.allyWeight * Math.max(0, allies);
        double c = q.exposure;
        double vulnerability = c + d <= 0 ? 0 : c / (c + d);
        double need = q.rivalry * vulnerability;
        double shared;
        if (sharedByPartner) {
            double tjk = w.threat[j * n + k];
            double tjMax = w.maxThreat[j];
            shared = tjMax <= 0 ? 0 : saturate(tjk, threatHalf) * (tjk / tjMax);
        } else {
            shared = saturate(q.intentK * w.material[k * n + j], threatHalf);
        }
        double tk = q.tk;
        double notThreat = tk > 0 ? Math.max(0, 1 - w.threat[ij] / tk) : 0;
        double credibility = w.credibility[ij];
        double mj = w.military[j];
        double mk = w.military[k];
        double allyFactor = 1;
        if (allyWeight > 0) {
            double mkj = mk * w.proj[k * n + j];
            double capable = mj + mkj <= 0 ? 0 : mj / (mj + mkj);
            allyFactor = 1 - allyWeight + allyWeight * capable;
        }
        double demand = need * shared * notThreat * credibility * allyFactor;
        double supply = 0;
        if (supplyWeight > 0 && notThreat > 0) {
            double pi = w.power[i];
            double pj = w.power[j];
            double influence = pi + pj <= 0 ? 0 : pi / (pi + pj);
            // basing(i, j, k): i's gradient over the j-k distance; equal reaches share the engine's
            // strength matrix, whose cells are the same expression.
            double basing = q.basingFromK ? w.strength[k * n + j]
                    : w.reach[i] == w.reach[j] ? w.strength[j * n + k]
                    : w.strengthAt(w.distance[j * n + k], w.reach[i]);
            double position = Math.max(0, basing - q.strengthIK);
            double denial = saturate(q.intentK * w.material[k * n + j], threatHalf);
            double capability = mj + mk <= 0 ? 0 : mj / (mj + mk);
            double wSum = positionWeight + denialWeight + capabilityWeight;
            double value = wSum <= 0 ? 0
                    : (positionWeight * position + denialWeight * denial + capabilityWeight * capability) / wSum;
            supply = q.rivalry * influence * value * notThreat * credibility;
        }
        return demand + (1 - demand) * supplyWeight * supply;
    }

    /** Walt's bandwagoning, row i: toward the threat when resistance, coalition counted, is futile. */
    private void walt(int i) {
        int row = i * n;
        double mi = w.military[i];
        double supportI = w.support[i];
        double[] desire = w.desire;
        for (int j = 0; j < n; j++) {
            int ij = row + j;
            if (j == i) {
                desire[ij] = 0;
                continue;
            }
            double t = w.threat[ij];
            double salience = saturate(t, waltHalf);
            double cap = (w.military[j] + w.blocWeight * Math.max(0, w.blocMilitary[j] - w.commitment[ij] * mi))
                    * w.projT[ij];
            double allies = supportI - contribution(ij, j) - 0;
            double d = mi + w.allyWeight * Math.max(0, allies);
            double vulnerability = cap + d <= 0 ? 0 : cap / (cap + d);
            if (coalitionWeight > 0 && vulnerability > 0) {
                double coalition = Math.max(0, w.balancers[j] - mi * t);
                double dOverC = (1 - vulnerability) / vulnerability;
                vulnerability = cap <= 0 ? 0 : 1 / (1 + dOverC + coalitionWeight * coalition / cap);
            }
            desire[ij] = salience * logistic(vulnerability, futilityThreshold, futilitySteepness);
        }
    }

    /** Balance of power, row i: against the dominant power, with partners on the weaker side. */
    private void balanceOfPower(int i) {
        int row = i * n;
        int dominant = w.dom1[i];
        double[] desire = w.desire;
        if (dominant < 0) {
            for (int j = 0; j < n; j++) {
                desire[row + j] = 0;
            }
            return;
        }
        double pi = w.power[i];
        double ph = w.power[dominant];
        int hrow = dominant * n;
        double pre = BareLoop.preponderance(pi, ph, w.strengthT[row + dominant]);
        double need = saturate(pre, preponderanceHalf);
        for (int j = 0; j < n; j++) {
            if (j == i || j == dominant) {
                desire[row + j] = 0;
                continue;
            }
            double pj = w.power[j];
            double counterweight = weakerSide
                    ? (1 - w.commitment[hrow + j]) * saturate(BareLoop.preponderance(pj, ph, w.strength[hrow + j]),
                            preponderanceHalf)
                    : (pj + ph <= 0 ? 0 : pj / (pj + ph));
            double notDominant = Math.max(0, 1 - BareLoop.preponderance(pi, pj, w.strengthT[row + j]) / pre);
            desire[row + j] = need * counterweight * notDominant;
        }
    }

    /** Balance of interests, row i, or Schweller's bandwagoning (the same times the pull of the stronger). */
    private void interests(int i, boolean schweller) {
        int row = i * n;
        double[] desire = w.desire;
        double sum = political + militaryGain + economic;
        int aimsRow = w.revisionism[i] * AIMS;
        for (int j = 0; j < n; j++) {
            int ij = row + j;
            if (j == i) {
                desire[ij] = 0;
                continue;
            }
            double value = sum <= 0 ? 0
                    : (political * w.gainPol[ij] + militaryGain * w.gainMil[ij] + economic * w.gainEco[ij]) / sum;
            double compatible = compatibility[aimsRow + w.revisionism[j]];
            desire[ij] = schweller ? follow[ij] * value * w.delivered[ij] * compatible
                    : value * w.delivered[ij] * compatible;
        }
    }

    private static double saturate(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }

    private static double logistic(double x, double threshold, double steepness) {
        return 1.0 / (1.0 + Math.exp(-(x - threshold) / steepness));
    }
}
