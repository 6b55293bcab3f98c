package org.alliancesim.experiment.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Standardised regression coefficients (SRC; Saltelli et al. 2008, <i>Global Sensitivity
 * Analysis: The Primer</i>, section 1.2.5): the outcome and every parameter are standardised
 * (mean 0, sd 1) over the design's points and the outcome is regressed on the parameters by
 * ordinary least squares (Commons Math {@link OLSMultipleLinearRegression}). A coefficient says
 * by how many standard deviations the outcome moves when the parameter moves by one, the others
 * held fixed; with independent parameters (as in Latin hypercube and Sobol designs) the squared
 * SRCs share out the variance the linear model explains (R²). When R² is low the relation is not
 * linear and the SRCs understate the parameters' effects.
 */
public final class Sensitivity {
    private final List<double[]> x = new ArrayList<>();
    private final List<Double> y = new ArrayList<>();

    /** Adds one design point: the parameters' values and the outcome there (e.g. a mean over replications). */
    public void add(double[] params, double outcome) {
        if (Double.isFinite(outcome)) {
            x.add(params.clone());
            y.add(outcome);
        }
    }

    /** The result: one coefficient per parameter (NaN where undefined) and R². */
    public record Result(double[] src, double r2, int points) {
    }

    public Result estimate(int dims) {
        int n = y.size();
        double[] nan = new double[dims];
        java.util.Arrays.fill(nan, Double.NaN);
        if (n < dims + 2) {
            return new Result(nan, Double.NaN, n);
        }
        double[] ys = y.stream().mapToDouble(Double::doubleValue).toArray();
        double sdY = Math.sqrt(StatUtils.variance(ys));
        if (!(sdY > 0)) {
            return new Result(nan, Double.NaN, n);
        }
        double meanY = StatUtils.mean(ys);
        List<Integer> used = new ArrayList<>();
        double[][] cols = new double[dims][n];
        for (int k = 0; k < dims; k++) {
            for (int i = 0; i < n; i++) {
                cols[k][i] = x.get(i)[k];
            }
            if (Math.sqrt(StatUtils.variance(cols[k])) > 0) {
                used.add(k);
            }
        }
        double[][] xs = new double[n][used.size()];
        for (int j = 0; j < used.size(); j++) {
            double[] c = cols[used.get(j)];
            double m = StatUtils.mean(c);
            double sd = Math.sqrt(StatUtils.variance(c));
            for (int i = 0; i < n; i++) {
                xs[i][j] = (c[i] - m) / sd;
            }
        }
        double[] yz = new double[n];
        for (int i = 0; i < n; i++) {
            yz[i] = (ys[i] - meanY) / sdY;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        double[] beta;
        double r2;
        try {
            ols.newSampleData(yz, xs);
            beta = ols.estimateRegressionParameters();
            r2 = ols.calculateRSquared();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return new Result(nan, Double.NaN, n);
        }
        double[] src = nan.clone();
        for (int j = 0; j < used.size(); j++) {
            src[used.get(j)] = beta[j + 1];
        }
        return new Result(src, r2, n);
    }
}
