package org.alliancesim.decision;

import org.alliancesim.landscape.Propensities;
import org.alliancesim.landscape.PropensityParams;
import org.alliancesim.world.Clip;
import org.alliancesim.world.WorldView;

/**
 * Axelrod and Bennett's landscape theory of aggregation (BJPolS 23(2), 1993) as a decision mode:
 * a system-level theory, where the others are unit-level. The model moves every state between two
 * blocs by single frustration-reducing switches ({@link org.alliancesim.landscape.Blocs}) before
 * anyone decides, and exposes the result as {@link WorldView#bloc(int)}. This module only reads it:
 * <pre>
 *   desire_ij = 0                                   if i and j sit in different blocs
 *             = min(1, max(0, p_ij) / fullDesire)   otherwise
 * </pre>
 * with the propensity {@code p_ij} of {@link Propensities} (shared threat and gains raise it,
 * mutual threat lowers it). A state wants ties only inside its bloc, and only with partners it is
 * drawn to: being on the same side as a disliked state is a cost of the bloc, not a wish for a tie.
 * When blocs are off ({@code bloc = -1}, e.g. a world assessed outside a run), the pair is judged
 * as if on the same side, so the desire is the propensity alone.
 */
public final class LandscapeModule implements DecisionModule {

    private final PropensityParams p;

    public LandscapeModule(PropensityParams p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "landscape";
    }

    @Override
    public double decide(WorldView w, int i, int j, Factors out) {
        if (i == j) {
            return 0;
        }
        double propensity = Propensities.propensity(w, p, i, j);
        int bi = w.bloc(i);
        boolean together = bi < 0 || bi == w.bloc(j);
        if (out.enabled()) {
            out.put("shared threat", Propensities.sharedThreat(w, i, j));
            out.put("gains both ways", Propensities.gains(w, i, j));
            out.put("mutual threat", Propensities.mutualThreat(w, i, j));
            out.put("propensity (any sign)", propensity);
            out.put("same bloc", together ? 1 : 0);
        }
        return together ? Clip.atMostOne(Clip.positivePart(propensity) / p.fullDesire()) : 0;
    }
}
