package org.alliancesim.landscape;

/**
 * A configuration together with every actor's switch gain: the change in energy if that actor
 * alone moved to the other side (negative means the move goes downhill). This is the
 * bookkeeping that makes both searches fast.
 *
 * <p>With spins {@code σ_i = +1} (side A) or {@code -1} (side B) and pair weights
 * {@code w_ij = s_i s_j p_ij}, the gain of actor {@code k} is
 * {@code g_k = σ_k * sum_j w_kj σ_j}: pairs on the same side would become opposite (+w) and
 * opposite pairs would become same (-w). When actor {@code k} flips, its own gain changes sign and
 * every other gain changes by {@code -2 w_jk σ_j σ_k} (old spins), an O(N) update. A
 * configuration is a local minimum when no gain is below {@code -tolerance}.
 *
 * <p>Mutable, not thread-safe, package-private.
 */
final class SwitchGains {

    private final int n;
    private final double[] w;
    private final double[] spin;
    private final double[] gain;

    /**
     * @param landscape the landscape
     * @param onB       starting sides, true meaning side B (not normalised)
     */
    SwitchGains(Landscape landscape, boolean[] onB) {
        this.n = landscape.actorCount();
        if (onB.length != n) {
            throw new IllegalArgumentException("expected " + n + " sides, got " + onB.length);
        }
        this.w = landscape.weightsRowMajor();
        this.spin = new double[n];
        this.gain = new double[n];
        for (int i = 0; i < n; i++) {
            spin[i] = onB[i] ? -1.0 : 1.0;
        }
        recompute();
    }

    /** Recomputes every gain from scratch in O(N^2), discarding accumulated rounding error. */
    void recompute() {
        for (int k = 0; k < n; k++) {
            double h = 0.0;
            int row = k * n;
            for (int j = 0; j < n; j++) {
                h += w[row + j] * spin[j];
            }
            gain[k] = spin[k] * h;
        }
    }

    /** Moves actor {@code k} to the other side, updating all gains in O(N). */
    void flip(int k) {
        double sk = spin[k];
        int row = k * n;
        for (int j = 0; j < n; j++) {
            gain[j] -= 2.0 * w[row + j] * spin[j] * sk;
        }
        gain[k] = -gain[k];
        spin[k] = -sk;
    }

    /**
     * The steepest-descent move: the actor whose switch lowers the energy the most. Moves whose
     * drops are within {@code tolerance} of the largest drop count as ties, broken by the lowest
     * actor index.
     *
     * @param tolerance energy differences at or below this are treated as zero
     * @return the actor to switch, or -1 if this is a local minimum (no gain below -tolerance)
     */
    int steepestMove(double tolerance) {
        double min = 0.0;
        for (int k = 0; k < n; k++) {
            if (gain[k] < min) {
                min = gain[k];
            }
        }
        if (min >= -tolerance) {
            return -1;
        }
        double threshold = min + tolerance;
        for (int k = 0; ; k++) {
            if (gain[k] <= threshold) {
                return k;
            }
        }
    }

    /** @return energy change if actor {@code k} switched sides */
    double gain(int k) {
        return gain[k];
    }

    /** @return whether actor {@code i} is currently on side B */
    boolean isOnB(int i) {
        return spin[i] < 0;
    }

    /** @return the current configuration, normalised */
    Configuration configuration() {
        boolean[] onB = new boolean[n];
        for (int i = 0; i < n; i++) {
            onB[i] = spin[i] < 0;
        }
        return Configuration.of(onB);
    }
}
