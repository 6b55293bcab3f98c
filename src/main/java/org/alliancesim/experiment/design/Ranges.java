package org.alliancesim.experiment.design;

/**
 * Maps points of the unit hypercube onto the parameters' ranges, rounded to six decimals (or to
 * whole numbers): the value a run uses is exactly the value its row in runs.csv shows.
 */
final class Ranges {
    private Ranges() {
    }

    static double[] scale(double[] unit, double[] min, double[] max, boolean[] round) {
        double[] out = new double[unit.length];
        for (int k = 0; k < unit.length; k++) {
            double v = min[k] + unit[k] * (max[k] - min[k]);
            out[k] = round[k] ? Math.rint(v) : Math.round(v * 1e6) / 1e6;
        }
        return out;
    }
}
