package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.WorldView;

/**
 * Schweller's balance of interests at the unit level (Schweller 1994: 99-104): a state values a
 * partner by the gains it expects and sees delivered, discounted when their aims clash. Used on
 * its own for states that lead or partner without following (a great power's view of a junior
 * partner), and as the core of {@link SchwellerBandwagoning}:
 * <pre>
 *   desire = value * delivered(i,j) * compatibility(revisionism_i, revisionism_j)
 *   value  = weighted mean of the gains i expects from j (political, military, economic)
 * </pre>
 * The compatibility table is this model's assumption from Schweller's menagerie: revisionists
 * (jackals, wolves) profit together, satisfied states share little with them.
 */
public final class BalanceOfInterests implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.interests}).
     *
     * @param political weight of expected political gains (e.g. diplomatic cover)
     * @param military weight of expected military gains (e.g. arms, joint operations)
     * @param economic weight of expected economic gains (e.g. trade, investment)
     * @param statusQuoPair compatibility of two status-quo states
     * @param statusQuoLimited compatibility of a status-quo state and a limited-aims revisionist
     * @param statusQuoUnlimited compatibility of a status-quo state and an unlimited-aims revisionist
     * @param limitedPair compatibility of two limited-aims revisionists (jackals)
     * @param limitedUnlimited compatibility of a limited- and an unlimited-aims revisionist
     * @param unlimitedPair compatibility of two unlimited-aims revisionists (wolves compete)
     */
    public record Params(
            @Range(min = 0, max = 10) double political,
            @Range(min = 0, max = 10) double military,
            @Range(min = 0, max = 10) double economic,
            @Range(min = 0, max = 1) double statusQuoPair,
            @Range(min = 0, max = 1) double statusQuoLimited,
            @Range(min = 0, max = 1) double statusQuoUnlimited,
            @Range(min = 0, max = 1) double limitedPair,
            @Range(min = 0, max = 1) double limitedUnlimited,
            @Range(min = 0, max = 1) double unlimitedPair) {
        public static final Params DEFAULTS = new Params(0.4, 0.35, 0.25, 0.8, 0.4, 0.2, 1.0, 0.9, 0.7);

        /** Compatibility of two revisionism types (symmetric). */
        public double compatibility(Revisionism a, Revisionism b) {
            Revisionism lo = a.ordinal() <= b.ordinal() ? a : b;
            Revisionism hi = a.ordinal() <= b.ordinal() ? b : a;
            return switch (lo) {
                case STATUS_QUO -> switch (hi) {
                    case STATUS_QUO -> statusQuoPair;
                    case LIMITED -> statusQuoLimited;
                    case UNLIMITED -> statusQuoUnlimited;
                };
                case LIMITED -> hi == Revisionism.LIMITED ? limitedPair : limitedUnlimited;
                case UNLIMITED -> unlimitedPair;
            };
        }

        /** Weighted mean of the gains i expects from j. */
        public double value(WorldView w, int i, int j) {
            double sum = political + military + economic;
            if (sum <= 0) {
                return 0;
            }
            return (political * w.gain(i, j, Channel.POLITICAL) + military * w.gain(i, j, Channel.MILITARY)
                    + economic * w.gain(i, j, Channel.ECONOMIC)) / sum;
        }
    }

    private final Params p;

    public BalanceOfInterests(Params p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "balance-of-interests";
    }

    @Override
    public void desires(WorldView w, int i, double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = i == j ? 0 : decide(w, i, j, Factors.NONE); // here, so the call is monomorphic
        }
    }

    @Override
    public double decide(WorldView w, int i, int j, Factors out) {
        if (i == j) {
            return 0;
        }
        double value = p.value(w, i, j);
        double delivered = w.delivered(i, j);
        double compatibility = p.compatibility(w.revisionism(i), w.revisionism(j));
        if (out.enabled()) {
            out.put("expected gains", value);
            out.put("gains delivered", delivered);
            out.put("compatible aims", compatibility);
        }
        return value * delivered * compatibility;
    }
}
