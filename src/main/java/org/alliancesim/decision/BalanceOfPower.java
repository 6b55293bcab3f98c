package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Clip;
import org.alliancesim.world.WorldView;

/**
 * Waltz's balance of power (Waltz 1979: 125-127): states balance against concentrated power and
 * "flock to the weaker side"; intentions are ignored. As the paper reads it for Iran (docs/theory.md
 * Table 1), the power to balance is the preponderant power a state faces, felt through the
 * loss-of-strength gradient: a much stronger neighbour weighs more than a distant giant.
 * <pre>
 *   h        = the state with the greatest preponderance over i
 *   desire_ih= 0                                             never join the power you balance
 *   desire_ij= pre_ih/(pre_ih + half) * side_ij * (1 - pre_ij/pre_ih)
 * </pre>
 * Two readings of which partner, switchable ({@code side}):
 * <ul>
 *   <li>{@code weaker-side} (default, Waltz 1979: 127: "secondary states, if they are free to
 *       choose, flock to the weaker side; for it is the stronger side that threatens them"): any
 *       state outside h's bloc that itself faces h's preponderance,
 *       {@code side_ij = (1 - c_jh) * pre_jh/(pre_jh + half)};</li>
 *   <li>{@code counterweight}: the partner whose power best offsets h's, {@code P_j/(P_j + P_h)}, as
 *       earlier versions did (closer to capability aggregation than to Waltz).</li>
 * </ul>
 */
public final class BalanceOfPower implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.balanceOfPower}).
     *
     * @param preponderanceHalf preponderance at which the wish to balance is half its maximum
     * @param side {@code weaker-side} (Waltz) or {@code counterweight} (the strongest partner)
     */
    public record Params(@Range(min = 0.001, max = 1) double preponderanceHalf, Side side) {
        public static final Params DEFAULTS = new Params(0.05, Side.WEAKER_SIDE);
    }

    /** Which partners a balancer seeks. */
    public enum Side { WEAKER_SIDE, COUNTERWEIGHT }

    private final Params p;

    public BalanceOfPower(Params p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "balance-of-power";
    }

    @Override
    public void desires(WorldView w, int i, double[] row) {
        // What is the same for the whole row (the dominant power, its preponderance, the need to
        // balance it) is taken once; each partner then as decide takes it: the same numbers.
        int dominant = w.dominantPower(i, -1);
        if (dominant < 0) {
            java.util.Arrays.fill(row, 0);
            return;
        }
        double pre = w.preponderance(i, dominant);
        double need = DecisionModule.saturate(pre, p.preponderanceHalf());
        for (int j = 0; j < row.length; j++) {
            row[j] = i == j || j == dominant ? 0 : toward(w, i, j, dominant, pre, need, Factors.NONE);
        }
    }

    @Override
    public double decide(WorldView w, int i, int j, Factors out) {
        if (i == j) {
            return 0;
        }
        int dominant = w.dominantPower(i, -1);
        if (dominant < 0 || dominant == j) {
            if (out.enabled()) {
                out.put(dominant < 0 ? "no preponderant power" : "partner is the power to balance", 0);
            }
            return 0;
        }
        double pre = w.preponderance(i, dominant);
        double need = DecisionModule.saturate(pre, p.preponderanceHalf());
        return toward(w, i, j, dominant, pre, need, out);
    }

    /** i's desire toward partner j against the dominant power, given its preponderance and the need. */
    private double toward(WorldView w, int i, int j, int dominant, double pre, double need, Factors out) {
        double pj = w.power(j);
        double ph = w.power(dominant);
        double counterweight = p.side() == Side.COUNTERWEIGHT
                ? (pj + ph <= 0 ? 0 : pj / (pj + ph))
                : (1 - w.commitment(j, dominant))
                        * DecisionModule.saturate(w.preponderance(j, dominant), p.preponderanceHalf());
        double notDominant = Clip.positivePart(1 - w.preponderance(i, j) / pre);
        if (out.enabled()) {
            out.put("preponderance of " + w.id(dominant), pre);
            out.put("need to balance", need);
            out.put(p.side() == Side.COUNTERWEIGHT ? "partner as counterweight" : "partner on the weaker side", counterweight);
            out.put("partner not itself preponderant", notDominant);
        }
        return need * counterweight * notDominant;
    }
}
