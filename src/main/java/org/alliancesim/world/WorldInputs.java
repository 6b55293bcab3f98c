package org.alliancesim.world;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
     * Per live matrix (gains: per channel), the rows last frozen for a snapshot and the rows
     * written since ({@link FrozenRows}), so that a snapshot clones only rows that moved; null in
     * snapshots, which are never written.
     */
    private final FrozenRows offenseRows;
    private final FrozenRows intentRows;
    private final FrozenRows credibilityRows;
    private final FrozenRows[] gainsRows;
    private final FrozenRows deliveredRows;
    private final FrozenRows tradeRows;
    private final FrozenRows componentRows;
    /** The last snapshot's reach and aims, shared by the next one while equal (they are never written). */
    private double[] frozenReach;
    private Revisionism[] frozenRevisionism;
    /**
     * Per channel and state, whether that row of expected gains is all zero, so that scaling it
     * can be skipped (a zero times a factor in [0,1] is the same zero); found by the first
     * {@link #gainsToScale}, kept by {@link #setGain}, null until then.
     */
    private boolean[][] zeroGains;
    /** A number for each world made, for copies to name the world they were copied from. */
    private static final AtomicLong WORLDS = new AtomicLong();
    private final long number = WORLDS.incrementAndGet();
    /** The number of the world this one is a deep copy of, or 0, and its geometry's count then (see {@link #geometryOrigin()}). */
    private final long copiedFrom;
    private final long copiedAt;

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
        this.offenseRows = new FrozenRows(n);
        this.intentRows = new FrozenRows(n);
        this.credibilityRows = new FrozenRows(n);
        this.gainsRows = frozenRows(gains.length, n);
        this.deliveredRows = new FrozenRows(n);
        this.tradeRows = new FrozenRows(n);
        this.componentRows = new FrozenRows(n);
        this.copiedFrom = 0;
        this.copiedAt = -1;
        Arrays.fill(reach, 1.0);
        Arrays.fill(revisionism, Revisionism.STATUS_QUO);
        for (double[] row : delivered) {
            Arrays.fill(row, 1.0);
        }
    }

    /**
     * A deep copy, writable, that owns every array it holds (but the ids and component names,
     * which are never written), with the same write counts and no row frozen yet, as when just
     * built: each run's copy of its scenario's world at step 0, and a test's reference for
     * snapshots and counterfactuals.
     */
    public WorldInputs(WorldInputs other) {
        this.n = other.n;
        this.ids = other.ids;
        this.componentNames = other.componentNames;
        this.military = other.military;
        this.distance = copy(other.distance);
        this.identity = copy(other.identity);
        this.components = copy(other.components);
        this.reach = other.reach.clone();
        this.offense = copy(other.offense);
        this.intent = copy(other.intent);
        this.credibility = copy(other.credibility);
        this.gains = new double[other.gains.length][][];
        for (int c = 0; c < gains.length; c++) {
            gains[c] = copy(other.gains[c]);
        }
        this.delivered = copy(other.delivered);
        this.trade = copy(other.trade);
        this.revisionism = other.revisionism.clone();
        this.geometry = other.geometry;
        this.tradeWrites = other.tradeWrites;
        this.identityWrites = other.identityWrites;
        this.componentWrites = other.componentWrites;
        this.offenseRows = new FrozenRows(n);
        this.intentRows = new FrozenRows(n);
        this.credibilityRows = new FrozenRows(n);
        this.gainsRows = frozenRows(gains.length, n);
        this.deliveredRows = new FrozenRows(n);
        this.tradeRows = new FrozenRows(n);
        this.componentRows = new FrozenRows(n);
        this.copiedFrom = other.number;
        this.copiedAt = other.geometry;
    }

    /**
     * A frozen copy of the live inputs {@code live}, never written: distances and identity are
     * shared (only events write them, and a snapshot's reader asks for them from the live world
     * alone), the other matrices are frozen row by row ({@link FrozenRows}); with {@code rows}, the
     * per-state matrices (intent, credibility, gains, delivered, trade) keep only those rows.
     */
    private WorldInputs(WorldInputs live, boolean[] rows) {
        this.n = live.n;
        this.ids = live.ids;
        this.componentNames = live.componentNames;
        this.military = live.military;
        this.distance = live.distance;
        this.identity = live.identity;
        this.components = live.componentRows.freeze(live.components, null);
        if (live.frozenReach == null || !Arrays.equals(live.frozenReach, live.reach)) {
            live.frozenReach = live.reach.clone();
        }
        this.reach = live.frozenReach;
        this.offense = live.offenseRows.freeze(live.offense, null);
        this.intent = live.intentRows.freeze(live.intent, rows);
        this.credibility = live.credibilityRows.freeze(live.credibility, rows);
        this.gains = new double[live.gains.length][][];
        for (int c = 0; c < gains.length; c++) {
            gains[c] = live.gainsRows[c].freeze(live.gains[c], rows);
        }
        this.delivered = live.deliveredRows.freeze(live.delivered, rows);
        this.trade = live.tradeRows.freeze(live.trade, rows);
        if (live.frozenRevisionism == null || !Arrays.equals(live.frozenRevisionism, live.revisionism)) {
            live.frozenRevisionism = live.revisionism.clone();
        }
        this.revisionism = live.frozenRevisionism;
        this.geometry = live.geometry;
        this.tradeWrites = live.tradeWrites;
        this.identityWrites = live.identityWrites;
        this.componentWrites = live.componentWrites;
        this.offenseRows = null;
        this.intentRows = null;
        this.credibilityRows = null;
        this.gainsRows = null;
        this.deliveredRows = null;
        this.tradeRows = null;
        this.componentRows = null;
        this.copiedFrom = 0;
        this.copiedAt = -1;
    }

    private static FrozenRows[] frozenRows(int count, int n) {
        FrozenRows[] f = new FrozenRows[count];
        for (int c = 0; c < count; c++) {
            f[c] = new FrozenRows(n);
        }
        return f;
    }

    /**
     * A frozen copy of the current values for later reference (the model keeps one per step in
     * which a tie rises, for cause attribution). A row not written since it was last frozen is
     * shared with the snapshots that hold it, so a snapshot costs memory only for what moved.
     * Never write to a snapshot.
     */
    public WorldInputs snapshot() {
        return snapshot(null);
    }

    /**
     * {@link #snapshot()} that keeps, of the matrices indexed by a state's own view (intent,
     * credibility, gains, delivered, trade), only the rows of the states marked in {@code rows}
     * (null: all). A row left out may read as null: only for a reader that knows which states it
     * will ask about (cause attribution asks about the pair's two states and states whose ruling
     * faction changed).
     */
    public WorldInputs snapshot(boolean[] rows) {
        if (intentRows == null) {
            throw new IllegalStateException("a snapshot is frozen: take snapshots of the live inputs");
        }
        return new WorldInputs(this, rows);
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
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
     * The number of the world this one is a deep copy of, while no distance, reach or offense has
     * been written to this copy; 0 otherwise, and for a world that is no copy. Two worlds with the
     * same non-zero origin and the same {@link #geometryVersion()} were copied from one world at one
     * state of its geometry and have not moved since, so they have the same geometry: an
     * assessment of one may share what it derives from it with the other ({@link StartGeometry}).
     */
    long geometryOrigin() {
        return geometry == copiedAt ? copiedFrom : 0;
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

    /** The store's own row ({@link #intentValues(int)}). */
    @Override
    public double[] intentValues(int i, double[] into) {
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
        intentRows.written(i);
        return intent[i];
    }

    /** State i's row of perceived delivery, live, to update in place (see {@link #intentRow}). */
    public double[] deliveredRow(int i) {
        deliveredRows.written(i);
        return delivered[i];
    }

    /**
     * State i's row of credibility, live, to update in place (see {@link #intentRow}): ask for it
     * only when writing a cell, since the row then counts as written.
     */
    public double[] credibilityRow(int i) {
        credibilityRows.written(i);
        return credibility[i];
    }

    // Each setter marks its row written before writing it, or checks that these are the live
    // inputs: on a snapshot, whose arrays other snapshots and the live inputs share, it fails first.

    private void requireLive() {
        if (intentRows == null) {
            throw new IllegalStateException("a snapshot is frozen: write the live inputs");
        }
    }

    public void setDistanceKm(int i, int j, double km) {
        requireLive();
        distance[i][j] = km;
        distance[j][i] = km;
        geometry++;
    }

    public void setComponent(int i, int c, double v) {
        componentRows.written(i);
        components[i][c] = v;
        componentWrites++;
    }

    public void setReach(int i, double v) {
        requireLive();
        reach[i] = v;
        geometry++;
    }

    public void setOffense(int j, int i, double v) {
        offenseRows.written(j);
        offense[j][i] = v;
        geometry++;
    }
    public void setIntent(int i, int j, double v) {
        intentRows.written(i);
        intent[i][j] = v;
    }
    public void setCredibility(int i, int j, double v) {
        credibilityRows.written(i);
        credibility[i][j] = v;
    }
    public void setGain(int i, int j, Channel ch, double v) {
        gainsRows[ch.ordinal()].written(i);
        gains[ch.ordinal()][i][j] = v;
        if (zeroGains != null && v != 0) {
            zeroGains[ch.ordinal()][i] = false;
        }
    }

    /**
     * The live rows of the gains i expects, for learning from delivery to scale in place (each
     * cell by a factor in [0,1]), one per channel whose row is not all zero, put first in
     * {@code into} (as many cells as there are channels); how many. Those rows count as written;
     * a row all zero is left out and stays unwritten (a zero times such a factor is the same zero,
     * so its frozen rows stay valid). Ask only when a cell is about to be scaled.
     */
    public int gainsToScale(int i, double[][] into) {
        if (zeroGains == null) {
            zeroGains = new boolean[gains.length][n];
            for (int c = 0; c < gains.length; c++) {
                for (int s = 0; s < n; s++) {
                    zeroGains[c][s] = allZero(gains[c][s]);
                }
            }
        }
        int count = 0;
        for (int ch = 0; ch < gains.length; ch++) {
            if (!zeroGains[ch][i]) {
                gainsRows[ch].written(i);
                into[count++] = gains[ch][i];
            }
        }
        return count;
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
        deliveredRows.written(i);
        delivered[i][j] = v;
    }
    public void setTrade(int i, int j, double v) {
        tradeRows.written(i);
        trade[i][j] = v;
        tradeWrites++;
    }
    public void setRevisionism(int i, Revisionism r) {
        requireLive();
        revisionism[i] = r;
    }

    public void setIdentity(int i, int j, double v) {
        requireLive();
        identity[i][j] = v;
        identity[j][i] = v;
        identityWrites++;
    }
}
