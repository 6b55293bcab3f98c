package org.alliancesim.world;

import java.util.Arrays;
import java.util.List;

/**
 * The mutable store of raw inputs, in flat arrays indexed by state. Only the model's perception
 * phase and scheduled events write to it, between steps; decision modules see it read-only.
 */
public final class WorldInputs implements Inputs {
    private final int n;
    private final String[] ids;
    private final double[][] distance;
    private final String[] componentNames;
    private final int military;
    private final double[][] components;
    private final double[] reach;
    private final double[][] offense;
    private final double[][] intent;
    private final double[][] credibility;
    private final double[][][] gains;
    private final double[][] delivered;
    private final double[][] trade;
    private final double[][] identity;
    private final Revisionism[] revisionism;
    /** Bumped by every write to distance, reach or offense (see {@link #geometryVersion()}). */
    private long geometry;
    /** Bumped by every write to trade, identity or a power component (see {@link #version}). */
    private long tradeWrites;
    private long identityWrites;
    private long componentWrites;
    /**
     * Rows written since {@link #lastSnapshot} was taken, per matrix (gains: any channel), so the
     * next snapshot shares the others without comparing them; null in snapshots, which are never
     * written.
     */
    private final boolean[] writtenOffense;
    private final boolean[] writtenIntent;
    private final boolean[] writtenCredibility;
    private final boolean[] writtenGains;
    private final boolean[] writtenDelivered;
    private final boolean[] writtenTrade;
    private WorldInputs lastSnapshot;
    /**
     * Per channel and state, whether that row of expected gains is all zero, so that scaling it
     * can be skipped (a zero times a factor in [0,1] is the same zero); found by the first
     * {@link #scaleGains}, kept by {@link #setGain}, null until then.
     */
    private boolean[][] zeroGains;

    public WorldInputs(List<String> ids, List<String> componentNames) {
        this.n = ids.size();
        this.ids = ids.toArray(String[]::new);
        this.componentNames = componentNames.toArray(String[]::new);
        this.military = componentNames.indexOf("military");
        this.distance = new double[n][n];
        this.components = new double[n][componentNames.size()];
        this.reach = new double[n];
        this.offense = new double[n][n];
        this.intent = new double[n][n];
        this.credibility = new double[n][n];
        this.gains = new double[Channel.values().length][n][n];
        this.delivered = new double[n][n];
        this.trade = new double[n][n];
        this.identity = new double[n][n];
        this.revisionism = new Revisionism[n];
        this.writtenOffense = new boolean[n];
        this.writtenIntent = new boolean[n];
        this.writtenCredibility = new boolean[n];
        this.writtenGains = new boolean[n];
        this.writtenDelivered = new boolean[n];
        this.writtenTrade = new boolean[n];
        Arrays.fill(reach, 1.0);
        Arrays.fill(revisionism, Revisionism.STATUS_QUO);
        for (double[] row : delivered) {
            Arrays.fill(row, 1.0);
        }
    }

    /** A deep copy, for counterfactual evaluation and snapshots. */
    public WorldInputs(WorldInputs other) {
        this(other, null, false, null, true);
    }

    /**
     * A copy of {@code other} that shares with {@code previous} every row of values equal to it
     * bit for bit, and copies the others. Both {@code previous} and the result must never be
     * written: this is for frozen snapshots taken step after step, most of whose rows do not
     * change between two snapshots (see {@link #snapshot}). With {@code tracked}, previous is the
     * last snapshot of other and other's written-row flags say which rows may differ (the others are
     * shared unread); else rows are compared. With {@code rows}, the per-state matrices (intent,
     * credibility, gains, delivered, trade) keep only those rows; the others are shared when
     * unchanged and null otherwise. A snapshot is not {@code writable} (its setters fail); a deep
     * copy is.
     */
    private WorldInputs(WorldInputs other, WorldInputs previous, boolean tracked, boolean[] rows, boolean writable) {
        this.n = other.n;
        this.ids = other.ids;
        this.componentNames = other.componentNames;
        this.military = other.military;
        // A writable copy owns its matrices (its writes must not reach other, nor miss its counts).
        this.distance = writable ? copy(other.distance, null) : other.distance;
        this.identity = writable ? copy(other.identity, null) : other.identity;
        boolean t = tracked && previous != null;
        this.components = copy(other.components, previous == null ? null : previous.components);
        this.reach = previous != null && Arrays.equals(previous.reach, other.reach) ? previous.reach : other.reach.clone();
        this.offense = copy(other.offense, previous == null ? null : previous.offense,
                t ? other.writtenOffense : null, null);
        this.intent = copy(other.intent, previous == null ? null : previous.intent,
                t ? other.writtenIntent : null, rows);
        this.credibility = copy(other.credibility, previous == null ? null : previous.credibility,
                t ? other.writtenCredibility : null, rows);
        this.gains = new double[other.gains.length][][];
        for (int c = 0; c < gains.length; c++) {
            gains[c] = copy(other.gains[c], previous == null ? null : previous.gains[c],
                    t ? other.writtenGains : null, rows);
        }
        this.delivered = copy(other.delivered, previous == null ? null : previous.delivered,
                t ? other.writtenDelivered : null, rows);
        this.trade = copy(other.trade, previous == null ? null : previous.trade,
                t ? other.writtenTrade : null, rows);
        this.revisionism = other.revisionism.clone();
        this.geometry = other.geometry;
        this.tradeWrites = other.tradeWrites;
        this.identityWrites = other.identityWrites;
        this.componentWrites = other.componentWrites;
        this.writtenOffense = writable ? new boolean[n] : null;
        this.writtenIntent = writable ? new boolean[n] : null;
        this.writtenCredibility = writable ? new boolean[n] : null;
        this.writtenGains = writable ? new boolean[n] : null;
        this.writtenDelivered = writable ? new boolean[n] : null;
        this.writtenTrade = writable ? new boolean[n] : null;
    }

    /**
     * A frozen copy of the current values for later reference (the model keeps one per step in
     * which a tie rises, for cause attribution). Rows unchanged since {@code previous}, an earlier
     * snapshot of the same world or null, are shared with it rather than copied, so a snapshot
     * costs memory only for what changed. Never write to a snapshot.
     */
    public WorldInputs snapshot(WorldInputs previous) {
        return snapshot(previous, null);
    }

    /**
     * {@link #snapshot(WorldInputs)} that keeps, of the matrices indexed by a state's own view
     * (intent, credibility, gains, delivered, trade), only the rows of the states marked in
     * {@code rows} (null: all). A row left out reads as null: only for a reader that knows which
     * states it will ask about (cause attribution asks about the pair's two states and states
     * whose ruling faction changed). When {@code previous} is the last snapshot taken of this world,
     * unchanged rows are found from the rows written since, without comparing.
     */
    public WorldInputs snapshot(WorldInputs previous, boolean[] rows) {
        if (writtenIntent == null) {
            throw new IllegalStateException("a snapshot is frozen: take snapshots of the live inputs");
        }
        boolean tracked = previous != null && previous == lastSnapshot;
        WorldInputs s = new WorldInputs(this, previous, tracked, rows, false);
        for (boolean[] w : new boolean[][] {writtenOffense, writtenIntent, writtenCredibility, writtenGains,
            writtenDelivered, writtenTrade}) {
            Arrays.fill(w, false);
        }
        lastSnapshot = s;
        return s;
    }

    private static double[][] copy(double[][] m, double[][] previous) {
        return copy(m, previous, null, null);
    }

    /**
     * Row by row: shared with previous when unchanged (not written since, when {@code written} is
     * given; equal, else), a clone when kept ({@code rows} null or marked), else null.
     */
    private static double[][] copy(double[][] m, double[][] previous, boolean[] written, boolean[] rows) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            double[] p = previous == null ? null : previous[i];
            boolean same = p != null && (written != null ? !written[i] : Arrays.equals(p, m[i]));
            c[i] = same ? p : rows == null || rows[i] ? m[i].clone() : null;
        }
        return c;
    }

    /** Index of a state id, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < n; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override public int size() { return n; }
    @Override public String id(int i) { return ids[i]; }
    @Override public double distanceKm(int i, int j) { return distance[i][j]; }
    @Override public int componentCount() { return componentNames.length; }
    @Override public String componentName(int c) { return componentNames[c]; }
    @Override public int militaryComponent() { return military; }
    @Override public double component(int i, int c) { return components[i][c]; }
    @Override public double reach(int i) { return reach[i]; }
    @Override public double offense(int j, int i) { return offense[j][i]; }
    @Override public double intent(int i, int j) { return intent[i][j]; }
    @Override public double credibility(int i, int j) { return credibility[i][j]; }
    @Override public double gain(int i, int j, Channel ch) { return gains[ch.ordinal()][i][j]; }
    @Override public double delivered(int i, int j) { return delivered[i][j]; }
    @Override public double trade(int i, int j) { return trade[i][j]; }
    @Override public double identity(int i, int j) { return identity[i][j]; }
    @Override public Revisionism revisionism(int i) { return revisionism[i]; }

    /**
     * A counter that changes whenever a distance, a reach or an offensive capability is written:
     * what the loss-of-strength gradient and the projection of force are derived from. An
     * assessment keeps those derived matrices while the counter stands still (in most runs only
     * the world's construction writes them).
     */
    public long geometryVersion() {
        return geometry;
    }

    /**
     * A count that changes whenever trade, identity or a power component ({@link Versioned#POWER})
     * is written, for an assessment's {@link WorldView#version}.
     */
    public long version(Versioned what) {
        return switch (what) {
            case POWER -> componentWrites;
            case TRADE -> tradeWrites;
            case IDENTITY -> identityWrites;
        };
    }

    /**
     * State i's row of perceived intent as it stands, for reading a whole row at once (it does not
     * count as written): read it, do not write it, and do not keep it past the step.
     */
    public double[] intentValues(int i) {
        return intent[i];
    }

    /** State i's row of credibility as it stands, for reading only (see {@link #intentValues}). */
    public double[] credibilityValues(int i) {
        return credibility[i];
    }

    /**
     * State i's row of perceived intent, live, for the perception phase to update in place (one
     * row at a time, between steps, as {@link #setIntent} would cell by cell): the row counts as
     * written.
     */
    public double[] intentRow(int i) {
        writtenIntent[i] = true;
        return intent[i];
    }

    /** State i's row of perceived delivery, live, to update in place (see {@link #intentRow}). */
    public double[] deliveredRow(int i) {
        writtenDelivered[i] = true;
        return delivered[i];
    }

    /**
     * State i's row of credibility, live, to update in place (see {@link #intentRow}): ask for it
     * only when writing a cell, since the row then counts as written.
     */
    public double[] credibilityRow(int i) {
        writtenCredibility[i] = true;
        return credibility[i];
    }

    public void setDistanceKm(int i, int j, double km) {
        distance[i][j] = km;
        distance[j][i] = km;
        geometry++;
    }

    public void setComponent(int i, int c, double v) {
        components[i][c] = v;
        componentWrites++;
    }

    public void setReach(int i, double v) {
        reach[i] = v;
        geometry++;
    }

    public void setOffense(int j, int i, double v) {
        offense[j][i] = v;
        writtenOffense[j] = true;
        geometry++;
    }
    public void setIntent(int i, int j, double v) {
        intent[i][j] = v;
        writtenIntent[i] = true;
    }
    public void setCredibility(int i, int j, double v) {
        credibility[i][j] = v;
        writtenCredibility[i] = true;
    }
    public void setGain(int i, int j, Channel ch, double v) {
        gains[ch.ordinal()][i][j] = v;
        writtenGains[i] = true;
        if (zeroGains != null && v != 0) {
            zeroGains[ch.ordinal()][i] = false;
        }
    }

    /**
     * Multiplies every channel's gain i expects from each j listed in the first {@code count} cells
     * of {@code cells} by {@code keep[j]}, a factor in [0,1] (learning from delivery); the gains
     * from the others stay as they are, as a factor of 1 would leave them.
     */
    public void scaleGains(int i, double[] keep, int[] cells, int count) {
        if (zeroGains == null) {
            zeroGains = new boolean[gains.length][n];
            for (int c = 0; c < gains.length; c++) {
                for (int s = 0; s < n; s++) {
                    zeroGains[c][s] = allZero(gains[c][s]);
                }
            }
        }
        for (int ch = 0; ch < gains.length; ch++) {
            if (zeroGains[ch][i]) {
                continue;
            }
            double[] row = gains[ch][i];
            for (int c = 0; c < count; c++) {
                int j = cells[c];
                row[j] = row[j] * keep[j];
            }
        }
        writtenGains[i] = true;
    }

    private static boolean allZero(double[] row) {
        for (double v : row) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    public void setDelivered(int i, int j, double v) {
        delivered[i][j] = v;
        writtenDelivered[i] = true;
    }
    public void setTrade(int i, int j, double v) {
        trade[i][j] = v;
        writtenTrade[i] = true;
        tradeWrites++;
    }
    public void setRevisionism(int i, Revisionism r) { revisionism[i] = r; }

    public void setIdentity(int i, int j, double v) {
        identity[i][j] = v;
        identity[j][i] = v;
        identityWrites++;
    }
}
