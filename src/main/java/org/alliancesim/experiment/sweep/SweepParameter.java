package org.alliancesim.experiment.sweep;

import org.alliancesim.scenario.NodePath;

/**
 * One varied input of a sweep: its path in the scenario, whether its values are whole numbers
 * (event steps and ramps always are), the name the sweep file gives it ({@code name:}), or null,
 * and where the sweep file gives its path (1-based line and column, 0 when not from a file), so
 * a problem found at a point is reported at the sweep file's line.
 */
public record SweepParameter(NodePath path, boolean round, String name, int line, int column) {
    public SweepParameter(NodePath path, boolean round, String name) {
        this(path, round, name, 0, 0);
    }

    public SweepParameter(NodePath path, boolean round) {
        this(path, round, null);
    }

    /** The column name in the outputs: the sweep file's {@code name:}, else the path as written there. */
    public String label() {
        return name != null ? name : path.text();
    }
}
