package org.alliancesim.experiment.design;

/** Maps points of the unit hypercube onto the parameters' ranges. */
final class Ranges {
    private Ranges() {
    }

    static double[] scale(double[] unit, double[] min, double[] max, boolean[] round) {
        double[] out = new double[unit.length];
        for (int k = 0; k < unit.length; k++) {
            double v = min[k] + unit[k] * (max[k] - min[k]);
            out[k] = round[k] ? Math.rint(v) : GridDesign.clean(v);
        }
        return out;
    }
}
