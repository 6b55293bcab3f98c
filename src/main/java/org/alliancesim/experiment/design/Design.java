package org.alliancesim.experiment.design;

import java.util.List;

/**
 * The points of a sweep: which value each varied parameter takes at each point. Implementations
 * are pure functions of their settings (and, for sampled designs, a seed), so a sweep expands to
 * the same points on every machine and on resume.
 */
public interface Design {
    /** The points in order; each holds one value per parameter, in the parameters' order. */
    List<double[]> points();

    /**
     * The same points as {@link #points()}, in order, made one at a time (so a check of every
     * point does not hold them all).
     */
    default java.util.Iterator<double[]> iterator() {
        return points().iterator();
    }

    /** How many points {@link #points()} returns, known without making them (limits are checked first). */
    long size();

    /** The name written in sweep files: grid, latin-hypercube or sobol. */
    String name();

    /** Whether points are sampled over ranges (so sensitivity can be estimated by regression). */
    boolean sampled();
}
