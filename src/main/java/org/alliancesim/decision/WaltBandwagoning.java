package org.alliancesim.decision;

import org.alliancesim.param.Range;
import org.alliancesim.world.Clip;
import org.alliancesim.world.WorldView;

/**
 * Walt's bandwagoning (Walt 1987: 19-21, 29-31; Walt 2009: 89): aligning <em>with</em> the source
 * of danger, done by weak states when resistance is futile and appeasement might divert the
 * threat. i's desire toward j:
 * <pre>
 *   desire = T_ij/(T_ij + threatHalf) * logistic(vulnerability(i,j); futilityThreshold, steepness)
 * </pre>
 * The logistic term is near zero unless j's projected capability dwarfs i's own: only the weak
 * bandwagon. Walt also names the absence of available allies; this module leaves that out, so it
 * overstates bandwagoning where allies are at hand.
 */
public final class WaltBandwagoning implements DecisionModule {

    /**
     * Parameters (scenario key {@code parameters.waltBandwagoning}).
     *
     * @param threatHalf threat at which the pull toward the threatener is half its maximum
     * @param futilityThreshold vulnerability at which resistance counts as half futile
     * @param futilitySteepness how sharply futility rises around the threshold
     * @param coalitionWeight share of the available balancing coalition's capability that counts
     *     against futility (0 = the state judges alone, as earlier versions did)
     */
    public record Params(
            @Range(min = 0.001, max = 1) double threatHalf,
            @Range(min = 0, max = 1) double futilityThreshold,
            @Range(min = 0.001, max = 1) double futilitySteepness,
            @Range(min = 0, max = 1) double coalitionWeight) {
        public static final Params DEFAULTS = new Params(0.05, 0.8, 0.05, 1);
    }

    private final Params p;

    public WaltBandwagoning(Params p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "walt-bandwagoning";
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
        double t = w.threat(i, j);
        double salience = DecisionModule.saturate(t, p.threatHalf());
        double vulnerability = w.vulnerability(i, j);
        double coalition = 0;
        if (p.coalitionWeight() > 0 && vulnerability > 0) {
            // C/(C + D) = V gives D = C(1-V)/V; add the coalition to D.
            coalition = Clip.positivePart(w.balancers(j) - w.military(i) * t);
            double c = vulnerability;
            double dOverC = (1 - c) / c;
            double cap = (w.military(j) + w.allianceParams().blocWeight() * Clip.positivePart(w.blocMilitary(j, i)))
                    * w.projection(j, i);
            vulnerability = cap <= 0 ? 0 : 1 / (1 + dOverC + p.coalitionWeight() * coalition / cap);
        }
        double futility = DecisionModule.logistic(vulnerability, p.futilityThreshold(), p.futilitySteepness());
        if (out.enabled()) {
            out.put("threat from partner", t);
            out.put("balancing coalition against partner", coalition);
            out.put("vulnerability to partner", vulnerability);
            out.put("futility of resistance", futility);
        }
        return salience * futility;
    }
}
