package org.alliancesim.experiment.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sobol quasi-random points (Sobol 1967; direction numbers of Joe and Kuo 2008, as in Commons
 * Math's {@link SobolSequenceGenerator}). The sequence's first point, the origin, is skipped: it
 * puts every parameter at its minimum at once, and the points from the second on fill the cube
 * evenly (0.5; 0.75, 0.25; ... in each dimension). Deterministic: no seed.
 */
public final class SobolDesign implements Design {
    private final int n;
    private final double[] min;
    private final double[] max;
    private final boolean[] round;

    public SobolDesign(int n, double[] min, double[] max, boolean[] round) {
        this.n = n;
        this.min = min.clone();
        this.max = max.clone();
        this.round = round.clone();
    }

    /** The design in the unit hypercube. */
    public List<double[]> unitPoints() {
        SobolSequenceGenerator g = new SobolSequenceGenerator(min.length);
        g.nextVector();
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(g.nextVector());
        }
        return out;
    }

    @Override
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>(n);
        for (double[] u : unitPoints()) {
            out.add(Ranges.scale(u, min, max, round));
        }
        return out;
    }

    @Override
    public String name() {
        return "sobol";
    }

    @Override
    public boolean sampled() {
        return true;
    }
}
