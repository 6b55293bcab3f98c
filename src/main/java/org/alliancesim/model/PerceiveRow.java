package org.alliancesim.model;

import org.alliancesim.world.Channel;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;

/**
 * One perceiver's row of the perceive phase: {@link Perception} of every other state, then
 * {@link Learning}'s three rules, in one pass over the perceived states. Cell i-j of perception
 * writes intent and delivery i-j; association then moves that intent, reliability moves
 * credibility i-j, and delivery scales gains i-j by a factor from the delivery just perceived.
 * No rule reads a cell another writes, so the pass gives the numbers of a pass per rule (each
 * cell's operations in the same order on the same values), and the draws are taken in the same
 * order, one per perceived state (all of a row's drawn first, then used). Written as one loop
 * in one method, with no call in it and as few unpredictable branches as the numbers allow: the
 * JIT the launcher runs (C1) neither hoists what a loop does not change nor merges loops, and
 * saves every register around a call, so the rows' fields are read into locals once, each cell
 * is loaded and stored once, and whatever calls a row needs are made before its loop.
 */
final class PerceiveRow {
    private final WorldInputs inputs;
    private final Signals signals;
    private final TieBook ties;
    private final double[][] desire;
    /** The rows of gains scaled in the current row ({@link WorldInputs#gainsToScale}). */
    private final double[][] gains = new double[Channel.values().length][];
    /** The row's noise draws, in the order of the perceived states. */
    private final double[] draws;

    /**
     * @param ties the previous step's ties (association reads them)
     * @param desire the previous step's desires (reliability reads them)
     */
    PerceiveRow(WorldInputs inputs, Signals signals, TieBook ties, double[][] desire) {
        this.inputs = inputs;
        this.signals = signals;
        this.ties = ties;
        this.desire = desire;
        this.draws = new double[Math.max(0, inputs.size() - 1)];
    }

    /**
     * Perceiver i's row: perception with these parameters and draws from {@code random}, then
     * learning at these rates (each 0: not learnt) from the previous step's assessment. A row reads and
     * writes only i's cells of the inputs, so rows may be taken one after another (in order: the
     * draws). Rows count as written before a cell of them is: intent and delivery always,
     * credibility once a cell of it is about to be, gains whenever learning from delivery is on.
     */
    void update(int i, PerceptionParams p, LearningParams learning, WorldView previous, PerceptionNoise random) {
        WorldInputs in = inputs;
        int n = in.size();
        double a = p.adjustment();
        double noise = p.noise();
        double[] intentSignal = signals.intent[i];
        double[] deliveredSignal = signals.delivered[i];
        double[] intent = in.intentRow(i); // written in place: what setIntent would do cell by cell
        double[] delivered = in.deliveredRow(i);
        double rateIntent = learning.intentFromAlignment();
        double rateCredibility = learning.credibilityFromReliability();
        double rateGains = learning.gainsFromDelivery();
        // i's two principal threats: principalThreat(i, j) is the first unless j is it
        int first = previous.principalThreat(i, -1);
        int second = first < 0 ? -1 : previous.principalThreat(i, first);
        double salience = first < 0 ? 0 : previous.threat(i, first);
        // j's commitment to i's threat, read from the threat's row (ties are symmetric); none when
        // association is off
        double[] firstTies = rateIntent > 0 && first >= 0 ? ties.commitment[first] : null;
        double[] secondTies = rateIntent > 0 && second >= 0 ? ties.commitment[second] : null;
        boolean reliability = rateCredibility > 0 && salience > 0;
        double pull = rateCredibility * salience; // rate * salience * (observed - c), the product first
        double[][] desire = this.desire;
        double[] wants = desire[i];
        double[] credibility = null;
        double[][] gains = this.gains;
        // the rows of gains are asked for, and count as written, before the loop: a call in the
        // loop, even one not taken, costs C1's code more than the row (a row written with its own
        // values is shared by snapshots all the same: FrozenRows compares them)
        int gainRows = rateGains > 0 ? in.gainsToScale(i, gains) : 0;
        // the row's draws first, in order (no call in the loop below either)
        double[] draws = this.draws;
        boolean noisy = noise > 0;
        if (noisy) {
            random.nextGaussians(draws, n - 1);
        }
        int drawn = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double x = Perception.follow(intent[j], intentSignal[j], a);
            if (noisy) {
                x += noise * draws[drawn++];
            }
            x = Perception.clamp(x);
            double[] kTies = first != j ? firstTies : secondTies;
            double association = kTies == null ? 0 : kTies[j];
            if (association > 0) {
                x = Learning.associated(x, rateIntent, association);
            }
            intent[j] = x;
            double d = Perception.clamp(Perception.follow(delivered[j], deliveredSignal[j], a));
            delivered[j] = d;
            if (reliability) {
                double w = wants[j];
                if (w > 0) {
                    // how far j wanted i back: desire[j][i], one cell of j's row (no transpose)
                    double observed = Learning.observed(desire[j][i], w);
                    if (credibility == null) {
                        credibility = in.credibilityRow(i);
                    }
                    credibility[j] = Perception.follow(credibility[j], observed, pull);
                }
            }
            if (gainRows > 0) {
                // every cell scaled, by 1 where j delivers in full (d is in [0,1], so 1 - d is 0
                // and the factor exactly 1: the same gains), not only where 1 - d > 0 as a branch
                // would (unpredictable, hence dear); NaN, which no valid input gives, keeps them
                double keep = d == d ? Learning.kept(rateGains, 1 - d) : 1;
                for (int c = 0; c < gainRows; c++) {
                    double[] g = gains[c];
                    g[j] = g[j] * keep;
                }
            }
        }
    }
}
