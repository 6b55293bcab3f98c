package org.alliancesim.model;

import org.alliancesim.world.Clip;
import org.alliancesim.world.LearningParams;

/**
 * What states learn from one another's behaviour ({@link LearningParams}), applied in the
 * perception phase from the previous step's assessment, ties and desires, with no draw from the
 * random stream: guilt by association raises the intent i perceives in a j committed to i's
 * principal threat (the second for j the first), as far as j is committed; i's credibility in
 * each j it wants moves toward how far j wanted i back ({@link #observed}, as {@link
 * Perception#follow} moves a perception), at a rate scaled by how much i fears its principal threat; i keeps of the
 * gains it expects from each j that delivers short the factor {@link #kept}. {@link PerceiveRow}
 * takes them a perceiver's row at a time, after that row's perception, each O(N).
 */
final class Learning {
    private Learning() {
    }

    /** Perceived intent {@code x} raised by association with i's threat, at this rate. */
    static double associated(double x, double rate, double association) {
        return x + rate * association * (1 - x);
    }

    /**
     * How far j wanted i back as i wants j ({@code wants > 0}): {@code min(1, back / wants)},
     * without the division where {@code back >= wants} (the quotient is then at least 1), unless
     * {@code back} is infinite (an infinite {@code wants} would make it NaN).
     */
    static double observed(double back, double wants) {
        return back >= wants && back < Double.POSITIVE_INFINITY ? 1 : Clip.atMostOne(back / wants);
    }

    /** The share of its expected gains a perceiver keeps from a partner that delivers a positive shortfall. */
    static double kept(double rate, double shortfall) {
        return 1 - rate * shortfall;
    }
}
