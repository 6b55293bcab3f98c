package org.alliancesim.experiment.sweep;

import org.alliancesim.scenario.NodePath;

/**
 * One varied input of a sweep: its path in the scenario and whether its values are whole numbers
 * (event steps and ramps always are).
 */
public record SweepParameter(NodePath path, boolean round) {
    /** The column name in the outputs: the path as written in the sweep file. */
    public String label() {
        return path.text();
    }
}
