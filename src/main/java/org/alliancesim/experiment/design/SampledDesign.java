package org.alliancesim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * A design that samples {@code n} points in the unit hypercube and scales them to each
 * parameter's range (rounding the whole-number parameters); subclasses say how they sample.
 */
abstract class SampledDesign implements Design {
    protected final int n;
    protected final double[] min;
    protected final double[] max;
    private final boolean[] round;

    SampledDesign(int n, double[] min, double[] max, boolean[] round) {
        this.n = n;
        this.min = min.clone();
        this.max = max.clone();
        this.round = round.clone();
    }

    @Override
    public final long size() {
        return n;
    }

    /** The design in the unit hypercube (before scaling to the ranges). */
    public abstract List<double[]> unitPoints();

    @Override
    public final List<double[]> points() {
        List<double[]> out = new ArrayList<>(n);
        for (double[] u : unitPoints()) {
            out.add(Ranges.scale(u, min, max, round));
        }
        return out;
    }

    /** The unit points one at a time, the same as {@link #unitPoints()} (subclasses stream them). */
    protected java.util.Iterator<double[]> unitIterator() {
        return unitPoints().iterator();
    }

    @Override
    public final java.util.Iterator<double[]> iterator() {
        java.util.Iterator<double[]> unit = unitIterator();
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return unit.hasNext();
            }

            @Override
            public double[] next() {
                return Ranges.scale(unit.next(), min, max, round);
            }
        };
    }

    @Override
    public final boolean sampled() {
        return true;
    }
}
