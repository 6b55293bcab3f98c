package org.alliancesim.model;

import org.alliancesim.world.Commitments;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;

/**
 * The realised ties of every pair: a commitment in [0,1] that follows the smaller of the two
 * desires with inertia, and the level read off it with hysteresis ({@link TieParams}). Stored in
 * the upper triangle (i &lt; j); ties are symmetric by construction.
 */
public final class TieBook implements Commitments {
    static final Level[] LEVELS = Level.values();
    private final int n;
    /** Both triangles; the commit phase writes rows of it directly ({@link CommitPhase}). */
    final double[][] commitment;
    /** Level ordinals in the upper triangle (a primitive store: no reference write per pair and step). */
    final byte[][] level;
    private final InputSnapshot[][] peak;

    TieBook(int n) {
        this.n = n;
        this.commitment = new double[n][n];
        this.level = new byte[n][n];
        this.peak = new InputSnapshot[n][n];
    }

    public int size() {
        return n;
    }

    @Override
    public double commitment(int i, int j) {
        return commitment[i][j];
    }

    @Override
    public void copyRow(int i, double[] row) {
        System.arraycopy(commitment[i], 0, row, 0, n);
    }

    public Level level(int i, int j) {
        if (i == j) {
            return Level.NONE;
        }
        return LEVELS[i < j ? level[i][j] : level[j][i]];
    }

    void set(int i, int j, double c, Level l) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        commitment[a][b] = c;
        commitment[b][a] = c;
        level[a][b] = (byte) l.ordinal();
    }

    /** The inputs as they stood when the tie last rose (the reference for cause attribution). */
    InputSnapshot peak(int i, int j) {
        return i < j ? peak[i][j] : peak[j][i];
    }

    void setPeak(int i, int j, InputSnapshot s) {
        peak[Math.min(i, j)][Math.max(i, j)] = s;
    }
}
