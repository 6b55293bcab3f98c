package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Clip;
import org.alliancesim.world.Row;
import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldView;

/**
 * Walt's balance of threat (Walt 1985; 1987: 17-33): states ally against the state that threatens
 * them most, not against the strongest. A state wants a partner for two reasons, and either is
 * enough:
 *
 * <p><b>Demand: security</b> (Walt 1987: 17-21). With k the state i perceives as most threatening
 * other than j:
 * <pre>
 *   need      = T_ik/(T_ik + threatHalf) * vulnerability_without_j(i,k)   how much i needs help against k
 *   shared    = T/(T + threatHalf) * T/T_j*, T = the threat j perceives     j faces the same enemy,
 *               from k, T_j* the greatest threat j perceives                 and it is j's main concern
 *   notThreat = max(0, 1 - T_ij/T_ik)                                      j is not itself the danger (W1)
 *   demand    = need * shared * notThreat * credibility(i,j) * allyFactor
 * </pre>
 * The vulnerability counts the allies i already has but not j ({@link WorldView#vulnerabilityWithout}),
 * so the value of one more ally falls with the security already held. Whether j "shares the threat"
 * is judged by j's own perception ({@code sharedBy: partner}), since a partner that does not fear k
 * will not fight it, and relative to j's own principal threat, since a partner whose main enemy
 * lies elsewhere keeps its forces there (Walt 1987: 17-21 on common threats; Christensen and Snyder
 * 1990 on passing the buck); {@code sharedBy: observer} reads it from i's view of what k can do to
 * j, as earlier versions did.
 *
 * <p><b>Supply: what j adds against i's own rival</b> (Morrow 1991, AJPS 35(4): the
 * security-autonomy trade-off; most alliances pair a strong state that gains influence, bases and
 * denial of the partner to its rival with a weak state that gains security):
 * <pre>
 *   rivalry   = T_ik/(T_ik + threatHalf)                       how much i contests k (not its vulnerability)
 *   influence = P_i/(P_i + P_j)                                what the stronger gains from the weaker
 *   value     = mean(position, denial, capability; weights)
 *     position   = max(0, basing(i from j to k) - strength(i to k))    j's territory brings i closer to k
 *     denial     = E/(E + threatHalf), E = threat i sees k pose to j   k could win j over or overrun it
 *     capability = M_j/(M_j + M_k)                                     j's own forces against k
 *   supply    = rivalry * influence * value * notThreat * credibility(i,j)
 * </pre>
 * {@code desire = demand + (1 - demand) * supplyWeight * supply}: either motive alone can draw i
 * to j, and together they reinforce. With {@code supplyWeight = 0} a great power's desire is its own
 * need for help, which is small, so patron-client ties cannot form under consent.
 *
 * <p>The paper's Table 4 reads balance of threat as indifferent to the ally's power ("a common enemy
 * is enough"), so by default {@code allyCapabilityWeight = 0}; raising it makes the ally's military
 * capability against k count, as Walt's Table 2 condition W6 (the ally's decline) implies. The two
 * readings disagree in the paper itself: the theory {@code balance-of-threat-capable} is this module
 * with weight 1, so a run can report both side by side.
 *
 * <p>Termination conditions (docs/theory.md, Table 2) act through these factors: W1 through
 * notThreat, W2 and W6 through need and shared, W3 through vulnerability, W4 through credibility.
 */
public final class BalanceOfThreat implements DecisionModule {

    /** Whose perception decides whether the partner shares the threat. */
    public enum SharedBy { PARTNER, OBSERVER }

    /**
     * Parameters (scenario key {@code parameters.balanceOfThreat}).
     *
     * @param threatHalf threat at which a state's wish for allies is half its maximum
     * @param allyCapabilityWeight weight of the ally's military capability relative to the threat
     *     (0 = a common enemy is enough, Table 4; 1 = only a capable ally helps)
     * @param sharedBy whose perception says the partner faces the same enemy: {@code partner} (its
     *     own) or {@code observer} (the deciding state's view of what the enemy can do to it)
     * @param supplyWeight weight of the supply side (what the partner adds against one's own rival,
     *     Morrow 1991); 0 leaves only the demand for security
     * @param positionWeight weight of the partner's position near the rival in the supply value
     * @param denialWeight weight of denying the rival a partner it threatens
     * @param capabilityWeight weight of the partner's own forces against the rival
     */
    public record Params(
            @Range(min = 0.001, max = 1) double threatHalf,
            @Range(min = 0, max = 1) double allyCapabilityWeight,
            SharedBy sharedBy,
            @Range(min = 0, max = 1) double supplyWeight,
            @Range(min = 0, max = 10) double positionWeight,
            @Range(min = 0, max = 10) double denialWeight,
            @Range(min = 0, max = 10) double capabilityWeight) {
        public static final Params DEFAULTS = new Params(0.05, 0, SharedBy.PARTNER, 1, 1, 1, 1);

        /** The same with the ally's capability counting in full (the other reading of Table 4). */
        public Params capable() {
            return new Params(threatHalf, 1, sharedBy, supplyWeight, positionWeight, denialWeight, capabilityWeight);
        }
    }

    private final Params p;
    private final String name;
    /** i's influence over each partner depends on power alone: its row is kept while power stands ({@link RowMemo}). */
    private final RowMemo influence = new RowMemo(Versioned.POWER);
    private static final RowMemo.Cell INFLUENCE = (w, i, j) -> influence(w.power(i), w.power(j));

    public BalanceOfThreat(Params p) {
        this(p, "balance-of-threat");
    }

    BalanceOfThreat(Params p, String name) {
        this.p = p;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void desires(WorldView w, int i, double[] row) {
        // What is the same for the whole row (i's two principal threats, the threat of each and the
        // rivalry it makes) is taken once, and the partners' quantities as whole rows of the view
        // (Row): the same numbers as decide, by the same formulas, without a call per quantity and pair.
        int k1 = w.principalThreat(i, -1);
        if (k1 < 0) {
            java.util.Arrays.fill(row, 0);
            return;
        }
        int k2 = w.principalThreat(i, k1);
        double half = p.threatHalf();
        double tk1 = w.threat(i, k1);
        double rivalry1 = DecisionModule.saturate(tk1, half);
        Rows r = rows(w, i, k1, row.length);
        // the rows and parameters in locals: the loop runs for every partner
        double[] military = r.military;
        double[] threat = r.threat;
        double[] credibility = r.credibility;
        double[] vulnerability = r.vulnerability;
        double[] threatOfRival = r.threatOfRival;
        double[] greatestThreat = r.greatestThreat;
        double[] threatTo = r.threatTo;
        double[] basing = r.basing;
        double[] projectionOfRival = r.projectionOfRival;
        boolean byPartner = p.sharedBy() == SharedBy.PARTNER;
        double allyWeight = p.allyCapabilityWeight();
        double supplyWeight = p.supplyWeight();
        double positionWeight = p.positionWeight();
        double denialWeight = p.denialWeight();
        double capabilityWeight = p.capabilityWeight();
        double weightSum = valueWeightSum();
        double[] influenceOf = supplyWeight > 0 ? influence.row(w, i, INFLUENCE) : null;
        double mk = military[k1];
        double strengthToRival = w.strength(i, k1);
        // every partner by the formulas against k1, then i's own cell and k1's (against k2) written over
        for (int j = 0; j < row.length; j++) {
            double mj = military[j];
            double shared = byPartner
                    ? sharedByPartner(threatOfRival[j], greatestThreat[j], half)
                    : DecisionModule.saturate(threatTo[j], half);
            double notThreat = notThreat(threat[j], tk1);
            double cij = credibility[j];
            double allyFactor = allyWeight > 0 ? allyFactor(mj, mk * projectionOfRival[j], allyWeight) : 1;
            double demand = rivalry1 * vulnerability[j] * shared * notThreat * cij * allyFactor;
            double supply = 0;
            if (supplyWeight > 0 && notThreat > 0) {
                double value = value(positionWeight, denialWeight, capabilityWeight, weightSum,
                        Clip.positivePart(basing[j] - strengthToRival), DecisionModule.saturate(threatTo[j], half),
                        capability(mj, mk));
                supply = rivalry1 * influenceOf[j] * value * notThreat * cij;
            }
            row[j] = desire(demand, supply, supplyWeight);
        }
        row[i] = 0;
        if (k2 < 0) {
            row[k1] = 0;
        } else {
            double tk2 = w.threat(i, k2);
            row[k1] = toward(w, i, k1, k2, tk2, DecisionModule.saturate(tk2, half), Factors.NONE);
        }
    }

    /** The rows of the view a row of desires reads (scratch for views that do not keep them). */
    private static final class Rows {
        final double[][] scratch;
        double[] military;
        double[] threat;
        double[] threatOfRival;
        double[] greatestThreat;
        double[] threatTo;
        double[] projectionOfRival;
        double[] credibility;
        double[] vulnerability;
        double[] basing;

        Rows(int n) {
            scratch = new double[9][n];
        }
    }

    /**
     * Scratch rows, one set per thread and shared by the modules of every state (one per state and
     * run): the rows of one state are read before the next state's are taken.
     */
    private static final ThreadLocal<Rows> ROWS = new ThreadLocal<>();

    private Rows rows(WorldView w, int i, int k, int n) {
        Rows r = ROWS.get();
        if (r == null || r.scratch[0].length != n) {
            r = new Rows(n);
            ROWS.set(r);
        }
        double[][] s = r.scratch;
        r.military = w.row(Row.MILITARY, i, k, s[0]);
        r.threat = w.row(Row.THREAT, i, k, s[1]);
        r.credibility = w.row(Row.CREDIBILITY, i, k, s[2]);
        r.vulnerability = w.row(Row.VULNERABILITY_WITHOUT, i, k, s[3]);
        boolean byPartner = p.sharedBy() == SharedBy.PARTNER;
        r.threatOfRival = byPartner ? w.row(Row.THREAT_OF, i, k, s[4]) : null;
        r.greatestThreat = byPartner ? w.row(Row.GREATEST_THREAT, i, k, s[5]) : null;
        boolean supply = p.supplyWeight() > 0;
        r.threatTo = supply || !byPartner ? w.row(Row.THREAT_TO, i, k, s[6]) : null;
        r.basing = supply ? w.row(Row.BASING, i, k, s[7]) : null;
        r.projectionOfRival = p.allyCapabilityWeight() > 0 ? w.row(Row.PROJECTION_OF, i, k, s[8]) : null;
        return r;
    }

    /** Threat, power, military capability, credibility and the ties: never the gains. */
    @Override
    public boolean readsGains() {
        return false;
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
        double rivalry = DecisionModule.saturate(tk, p.threatHalf());
        return toward(w, i, j, k, tk, rivalry, out);
    }

    /** i's desire toward partner j against its principal threat k, given k's threat and the rivalry. */
    private double toward(WorldView w, int i, int j, int k, double tk, double rivalry, Factors out) {
        double vulnerability = w.vulnerabilityWithout(i, k, j);
        double need = rivalry * vulnerability;
        double shared;
        if (p.sharedBy() == SharedBy.PARTNER) {
            int jk = w.principalThreat(j, -1);
            shared = sharedByPartner(w.threat(j, k), jk < 0 ? 0 : w.threat(j, jk), p.threatHalf());
        } else {
            shared = DecisionModule.saturate(w.threatTo(i, k, j), p.threatHalf());
        }
        double notThreat = notThreat(w.threat(i, j), tk);
        double credibility = w.credibility(i, j);
        double mj = w.military(j);
        double mk = w.military(k);
        double allyFactor = p.allyCapabilityWeight() > 0
                ? allyFactor(mj, mk * w.projection(k, j), p.allyCapabilityWeight()) : 1;
        double demand = need * shared * notThreat * credibility * allyFactor;
        if (out.enabled()) {
            out.put("threat from " + w.id(k), tk);
            out.put("vulnerability to " + w.id(k) + " without partner", vulnerability);
            out.put("allied support held", w.support(i));
            out.put("need for allies", need);
            out.put("partner shares the threat", shared);
            out.put("partner not itself a threat", notThreat);
            out.put("credibility", credibility);
            out.put("ally capability factor", allyFactor);
            out.put("demand: security from partner", demand);
        }
        double supply = 0;
        if (p.supplyWeight() > 0 && notThreat > 0) {
            double influence = influence(w.power(i), w.power(j));
            double position = Clip.positivePart(w.basing(i, j, k) - w.strength(i, k));
            double denial = DecisionModule.saturate(w.threatTo(i, k, j), p.threatHalf());
            double capability = capability(mj, mk);
            double value = value(p.positionWeight(), p.denialWeight(), p.capabilityWeight(), valueWeightSum(),
                    position, denial, capability);
            supply = rivalry * influence * value * notThreat * credibility;
            if (out.enabled()) {
                out.put("supply: influence over partner", influence);
                out.put("supply: partner's position near " + w.id(k), position);
                out.put("supply: denying " + w.id(k) + " the partner", denial);
                out.put("supply: partner's forces against " + w.id(k), capability);
                out.put("supply: partner's value against " + w.id(k), supply);
            }
        }
        return desire(demand, supply, p.supplyWeight());
    }

    // The formulas of the class comment, each once (decide and desires both use them), static with
    // their parameters as arguments so that they are small enough for the C1 compiler to inline.

    /**
     * How far j shares the threat from k, by j's own perception: how much j fears k ({@code tjk}),
     * and how much of j's principal concern ({@code tjMax}) that is (a partner whose main enemy lies
     * elsewhere will not fight k).
     */
    private static double sharedByPartner(double tjk, double tjMax, double half) {
        return tjMax <= 0 ? 0 : DecisionModule.saturate(tjk, half) * (tjk / tjMax);
    }

    /** j is not itself the danger (W1): {@code max(0, 1 - T_ij/T_ik)}. */
    private static double notThreat(double tij, double tk) {
        return tk > 0 ? Clip.positivePart(1 - tij / tk) : 0;
    }

    /** The ally capability factor, from j's forces and k's projected on j. */
    private static double allyFactor(double mj, double mkj, double weight) {
        double capable = mj + mkj <= 0 ? 0 : mj / (mj + mkj);
        return 1 - weight + weight * capable;
    }

    /** What the stronger gains from the weaker: {@code P_i/(P_i + P_j)}. */
    private static double influence(double pi, double pj) {
        return pi + pj <= 0 ? 0 : pi / (pi + pj);
    }

    /** j's own forces against k: {@code M_j/(M_j + M_k)}. */
    private static double capability(double mj, double mk) {
        return mj + mk <= 0 ? 0 : mj / (mj + mk);
    }

    /** The sum of the three weights of the supply value. */
    private double valueWeightSum() {
        return p.positionWeight() + p.denialWeight() + p.capabilityWeight();
    }

    /** The weighted mean of position, denial and capability ({@code sum} the weights' sum). */
    private static double value(double wp, double wd, double wc, double sum, double position, double denial,
                                double capability) {
        return sum <= 0 ? 0 : (wp * position + wd * denial + wc * capability) / sum;
    }

    /** Either motive alone can draw i to j, and together they reinforce. */
    private static double desire(double demand, double supply, double supplyWeight) {
        return demand + (1 - demand) * supplyWeight * supply;
    }
}
