package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldView;

/**
 * Schweller's bandwagoning for profit (Schweller 1994): states join the stronger side "to share
 * in the spoils of victory". Two factors decide it: the power of the state followed and the size
 * of the gains (docs/theory.md section 3). The threat plays no part (Table 4).
 * <pre>
 *   desire = balanceOfInterests(i,j) * logistic(P_j/(P_i + P_j); followThreshold, followSteepness)
 * </pre>
 * The logistic term is the pull of the stronger: it falls as the follower catches up (S1) or the
 * followed declines (W6), and the interests term falls when gains are not delivered (S2).
 */
public final class SchwellerBandwagoning implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.schweller}).
     *
     * @param followThreshold j's share of the pair's power at which following is half attractive
     * @param followSteepness how sharply the attraction rises around the threshold
     */
    public record Params(
            @Range(min = 0, max = 1) double followThreshold,
            @Range(min = 0.001, max = 1) double followSteepness) {
        public static final Params DEFAULTS = new Params(0.6, 0.04);
    }

    private final Params p;
    private final BalanceOfInterests.Params interests;
    private final RowMemo memo = new RowMemo(Versioned.POWER);
    private final RowMemo.Cell followCell = (w, i, j) -> follow(w, i, j);

    public SchwellerBandwagoning(Params p, BalanceOfInterests.Params interests) {
        this.p = p;
        this.interests = interests;
    }

    @Override
    public String name() {
        return "schweller-bandwagoning";
    }

    /**
     * The pull of the stronger depends on power alone, which only events change: its row is kept
     * between steps ({@link RowMemo}) and derived again when the view counts a change of power.
     * The other factors are read every step, and the product is the one {@link #decide} forms.
     */
    @Override
    public void desires(WorldView w, int i, double[] row) {
        double[] follow = memo.row(w, i, followCell);
        Revisionism aims = w.revisionism(i);
        for (int j = 0; j < row.length; j++) {
            if (i == j) {
                row[j] = 0;
                continue;
            }
            double value = interests.value(w, i, j);
            double delivered = w.delivered(i, j);
            double compatibility = interests.compatibility(aims, w.revisionism(j));
            row[j] = follow[j] * value * delivered * compatibility;
        }
    }

    @Override
    public double decide(WorldView w, int i, int j, Factors out) {
        if (i == j) {
            return 0;
        }
        double share = share(w, i, j);
        double follow = DecisionModule.logistic(share, p.followThreshold(), p.followSteepness());
        double value = interests.value(w, i, j);
        double delivered = w.delivered(i, j);
        double compatibility = interests.compatibility(w.revisionism(i), w.revisionism(j));
        if (out.enabled()) {
            out.put("partner's share of joint power", share);
            out.put("pull of the stronger", follow);
            out.put("expected gains", value);
            out.put("gains delivered", delivered);
            out.put("compatible aims", compatibility);
        }
        return follow * value * delivered * compatibility;
    }

    /** j's share of the pair's power. */
    private static double share(WorldView w, int i, int j) {
        double pi = w.power(i);
        double pj = w.power(j);
        return pi + pj <= 0 ? 0.5 : pj / (pi + pj);
    }

    /** The pull of the stronger j on i. */
    private double follow(WorldView w, int i, int j) {
        return DecisionModule.logistic(share(w, i, j), p.followThreshold(), p.followSteepness());
    }
}
