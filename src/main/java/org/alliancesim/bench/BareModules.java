package org.alliancesim.bench;

import org.alliancesim.decision.BalanceOfInterests;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Revisionism;

/**
 * Every decision module's formula as plain arithmetic on {@link BareLoop}'s arrays, one loop per
 * state's row, the module chosen by a {@code switch} on the theory's ordinal. The formulas are
 * copied from the module classes in {@code org.alliancesim.decision} (see their javadoc for the
 * sources), term for term and in the same order, so the results are bit-for-bit the engine's.
 */
final class BareModules {
    private static final int AIMS = Revisionism.values().length;
    private final BareLoop w;
    private final int n;
    private final double threatHalf;
    private final double allyWeight;
    private final double waltHalf;
    private final double futilityThreshold;
    private final double futilitySteepness;
    private final double followThreshold;
    private final double followSteepness;
    private final double political;
    private final double militaryGain;
    private final double economic;
    private final double[] compatibility;
    private final double preponderanceHalf;
    private final double fullShare;
    private final double identityThreshold;

    BareModules(BareLoop w) {
        this.w = w;
        this.n = w.n;
        Parameters p = w.p;
        threatHalf = p.balanceOfThreat().threatHalf();
        allyWeight = p.balanceOfThreat().allyCapabilityWeight();
        waltHalf = p.waltBandwagoning().threatHalf();
        futilityThreshold = p.waltBandwagoning().futilityThreshold();
        futilitySteepness = p.waltBandwagoning().futilitySteepness();
        followThreshold = p.schweller().followThreshold();
        followSteepness = p.schweller().followSteepness();
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
        fullShare = p.interdependence().fullShare();
        identityThreshold = p.identity().threshold();
    }

    void decideAll() {
        for (int i = 0; i < n; i++) {
            int theory = w.module[i];
            for (int j = 0; j < n; j++) {
                w.desire[i * n + j] = i == j ? 0 : desire(theory, i, j);
            }
        }
    }

    private double desire(int theory, int i, int j) {
        if (theory == Theories.BALANCE_OF_THREAT.ordinal()) {
            return balanceOfThreat(i, j);
        } else if (theory == Theories.WALT_BANDWAGONING.ordinal()) {
            double salience = saturate(w.threat[i * n + j], waltHalf);
            return salience * logistic(vulnerability(i, j), futilityThreshold, futilitySteepness);
        } else if (theory == Theories.SCHWELLER_BANDWAGONING.ordinal()) {
            double pi = w.power[i];
            double pj = w.power[j];
            double share = pi + pj <= 0 ? 0.5 : pj / (pi + pj);
            double follow = logistic(share, followThreshold, followSteepness);
            return follow * value(i * n + j) * w.delivered[i * n + j] * compatible(i, j);
        } else if (theory == Theories.BALANCE_OF_POWER.ordinal()) {
            return balanceOfPower(i, j);
        } else if (theory == Theories.INTERDEPENDENCE.ordinal()) {
            return Math.min(1, w.trade[i * n + j] / fullShare);
        } else if (theory == Theories.IDENTITY.ordinal()) {
            return Math.max(0, (w.identity[i * n + j] - identityThreshold) / (1 - identityThreshold));
        } else {
            return value(i * n + j) * w.delivered[i * n + j] * compatible(i, j);
        }
    }

    private double balanceOfThreat(int i, int j) {
        int k = w.top1[i] != j ? w.top1[i] : w.top2[i];
        if (k < 0) {
            return 0;
        }
        double tk = w.threat[i * n + k];
        double need = saturate(tk, threatHalf) * vulnerability(i, k);
        double threatToJ = j == k ? 0 : w.perceivedIntent(i * n + k) * w.material[k * n + j];
        double shared = saturate(threatToJ, threatHalf);
        double notThreat = tk > 0 ? Math.max(0, 1 - w.threat[i * n + j] / tk) : 0;
        double credibility = w.credibility[i * n + j];
        double allyFactor = 1;
        if (allyWeight > 0) {
            double mj = w.military[j];
            double mk = w.military[k] * projection(k, j);
            double capable = mj + mk <= 0 ? 0 : mj / (mj + mk);
            allyFactor = 1 - allyWeight + allyWeight * capable;
        }
        return need * shared * notThreat * credibility * allyFactor;
    }

    private double balanceOfPower(int i, int j) {
        int dominant = w.dom1[i];
        if (dominant < 0 || dominant == j) {
            return 0;
        }
        double pre = w.preponderance(i, dominant);
        double need = saturate(pre, preponderanceHalf);
        double pj = w.power[j];
        double ph = w.power[dominant];
        double counterweight = pj + ph <= 0 ? 0 : pj / (pj + ph);
        double notDominant = Math.max(0, 1 - w.preponderance(i, j) / pre);
        return need * counterweight * notDominant;
    }

    private double projection(int k, int i) {
        double sum = w.wProx + w.wOff;
        if (sum <= 0) {
            return 1;
        }
        return (w.wProx * w.strength[k * n + i] + w.wOff * w.offense[k * n + i]) / sum;
    }

    private double vulnerability(int i, int k) {
        double c = w.military[k] * projection(k, i);
        double d = w.military[i];
        return c + d <= 0 ? 0 : c / (c + d);
    }

    private double value(int ij) {
        double sum = political + militaryGain + economic;
        if (sum <= 0) {
            return 0;
        }
        return (political * w.gainPol[ij] + militaryGain * w.gainMil[ij] + economic * w.gainEco[ij]) / sum;
    }

    private double compatible(int i, int j) {
        return compatibility[w.revisionism[i] * AIMS + w.revisionism[j]];
    }

    private static double saturate(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }

    private static double logistic(double x, double threshold, double steepness) {
        return 1.0 / (1.0 + Math.exp(-(x - threshold) / steepness));
    }
}
