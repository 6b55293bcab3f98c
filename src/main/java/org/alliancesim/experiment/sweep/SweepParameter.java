package org.alliancesim.experiment.sweep;

import org.alliancesim.scenario.NodePath;

/**
 * One varied input of a sweep: its path in the scenario, whether its values are whole numbers
 * (event steps and ramps always are), and the name the sweep file gives it ({@code name:}), or null.
 */
public record SweepParameter(NodePath path, boolean round, String name) {
    public SweepParameter(NodePath path, boolean round) {
        this(path, round, null);
    }

    /** The column name in the outputs: the sweep file's {@code name:}, else the path as written there. */
    public String label() {
        return name != null ? name : path.text();
    }
}
