package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.WorldView;

/**
 * Walt's balance of threat (Walt 1985; 1987: 17-33): states ally against the state that threatens
 * them most, not against the strongest.
 *
 * <p>i's desire toward j, with k the state i perceives as most threatening other than j:
 * <pre>
 *   need     = T_ik/(T_ik + threatHalf) * vulnerability(i,k)    how much i needs help against k
 *   shared   = E/(E + threatHalf), E = threat i sees k pose to j  j faces the same enemy
 *   notThreat= max(0, 1 - T_ij/T_ik)                            j is not itself the danger (W1)
 *   desire   = need * shared * notThreat * credibility(i,j) * allyFactor
 * </pre>
 * The paper's Table 4 reads balance of threat as indifferent to the ally's power ("a common enemy
 * is enough"), so by default {@code allyCapabilityWeight = 0}; raising it makes the ally's
 * military capability against k count, as Walt's Table 2 condition W6 (the ally's decline)
 * implies. The two readings disagree in the paper itself; the scenario chooses.
 *
 * <p>Termination conditions (THEORY.md Table 2) act through these factors: W1 through
 * notThreat, W2 and W6 through need and shared, W3 through vulnerability, W4 through credibility.
 */
public final class BalanceOfThreat implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.balanceOfThreat}).
     *
     * @param threatHalf threat at which a state's wish for allies is half its maximum
     * @param allyCapabilityWeight weight of the ally's military capability relative to the threat
     *     (0 = a common enemy is enough, Table 4; 1 = only a capable ally helps)
     */
    public record Params(
            @Range(min = 0.001, max = 1) double threatHalf,
            @Range(min = 0, max = 1) double allyCapabilityWeight) {
        public static final Params DEFAULTS = new Params(0.05, 0);
    }

    private final Params p;

    public BalanceOfThreat(Params p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "balance-of-threat";
    }

    @Override
    public double decide(WorldView w, int i, int j, Factors out) {
        if (i == j) {
            return 0;
        }
        int k = w.principalThreat(i, j);
        if (k < 0) {
            out.put("principal threat", 0);
            return 0;
        }
        double tk = w.threat(i, k);
        double need = DecisionModule.saturate(tk, p.threatHalf()) * w.vulnerability(i, k);
        double shared = DecisionModule.saturate(w.threatTo(i, k, j), p.threatHalf());
        double notThreat = tk > 0 ? Math.max(0, 1 - w.threat(i, j) / tk) : 0;
        double credibility = w.credibility(i, j);
        double allyFactor = 1;
        if (p.allyCapabilityWeight() > 0) {
            double mj = w.military(j);
            double mk = w.military(k) * w.projection(k, j);
            double capable = mj + mk <= 0 ? 0 : mj / (mj + mk);
            allyFactor = 1 - p.allyCapabilityWeight() + p.allyCapabilityWeight() * capable;
        }
        if (out.enabled()) {
            out.put("threat from " + w.id(k), tk);
            out.put("vulnerability to " + w.id(k), w.vulnerability(i, k));
            out.put("need for allies", need);
            out.put("partner shares the threat", shared);
            out.put("partner not itself a threat", notThreat);
            out.put("credibility", credibility);
            out.put("ally capability factor", allyFactor);
        }
        return need * shared * notThreat * credibility * allyFactor;
    }
}
