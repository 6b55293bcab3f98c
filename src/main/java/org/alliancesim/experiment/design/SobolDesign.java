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
public final class SobolDesign extends SampledDesign {

    public SobolDesign(int n, double[] min, double[] max, boolean[] round) {
        super(n, min, max, round);
    }

    @Override
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
    protected java.util.Iterator<double[]> unitIterator() {
        SobolSequenceGenerator g = new SobolSequenceGenerator(min.length);
        g.nextVector();
        return new java.util.Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < n;
            }

            @Override
            public double[] next() {
                if (made >= n) {
                    throw new java.util.NoSuchElementException();
                }
                made++;
                return g.nextVector();
            }
        };
    }

    @Override
    public String name() {
        return "sobol";
    }
}
