package org.alliancesim.decision;

import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldView;

/**
 * One state's row of a quantity a module derives only from a {@link Versioned} part of the world
 * (identity, trade, the pull of the stronger from power), kept between steps: valid for the same
 * view, the same state and the same {@link WorldView#version}, derived again when any of them
 * differs, and never kept for a view that does not count its changes. A memo, so the module stays
 * a pure function of the world: every value it returns is the one the module would compute.
 * Not for sharing between threads (each run makes its own modules).
 */
final class RowMemo {
    /** How a module derives one cell of the row (never asked for i == j). */
    @FunctionalInterface
    interface Cell {
        double at(WorldView w, int i, int j);
    }

    private final Versioned what;
    private WorldView view;
    private int state = -1;
    private long version = -1;
    private double[] row;

    RowMemo(Versioned what) {
        this.what = what;
    }

    /** State i's row of {@code cell} in w (0 at i), kept or derived again; read it, do not write it. */
    double[] row(WorldView w, int i, Cell cell) {
        long v = w.version(what);
        int n = w.size();
        if (v >= 0 && w == view && i == state && v == version && row != null && row.length == n) {
            return row;
        }
        double[] r = row != null && row.length == n ? row : new double[n];
        view = null; // not valid while it is derived
        for (int j = 0; j < n; j++) {
            r[j] = i == j ? 0 : cell.at(w, i, j);
        }
        row = r;
        view = v >= 0 ? w : null;
        state = i;
        version = v;
        return r;
    }
}
