package org.alliancesim.backtest.score;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression fitted by iteratively reweighted least squares (Newton's method on the
 * log-likelihood; McCullagh and Nelder 1989, ch. 4): each iteration solves
 * {@code (X'WX + rI) b = X'W z} with {@code W = p(1-p)} and working response
 * {@code z = Xb + (y - p)/W}, by a Cholesky factorisation. A small ridge {@code r} keeps the system
 * solvable when a covariate separates the outcomes or is constant; columns constant in the data are
 * dropped before fitting and get coefficient 0. An intercept is added.
 */
public final class LogisticRegression {
    /** The ridge added to the diagonal (except the intercept): small enough not to move a well-posed fit. */
    public static final double RIDGE = 1e-6;
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;
    private final double[] coefficients;

    private LogisticRegression(double[] coefficients) {
        this.coefficients = coefficients;
    }

    /** The intercept followed by one coefficient per column of the data. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The fitted probability of a case with covariates {@code x}. */
    public double probability(double[] x) {
        double eta = coefficients[0];
        for (int k = 0; k < x.length; k++) {
            eta += coefficients[k + 1] * x[k];
        }
        return 1 / (1 + Math.exp(-eta));
    }

    /**
     * @param x one row of covariates per case
     * @param y each case's outcome
     */
    public static LogisticRegression fit(double[][] x, boolean[] y) {
        int n = x.length;
        int m = n == 0 ? 0 : x[0].length;
        boolean[] keep = new boolean[m];
        int kept = 0;
        for (int c = 0; c < m; c++) {
            for (int r = 1; r < n && !keep[c]; r++) {
                keep[c] = x[r][c] != x[0][c];
            }
            kept += keep[c] ? 1 : 0;
        }
        int[] cols = new int[kept];
        for (int c = 0, k = 0; c < m; c++) {
            if (keep[c]) {
                cols[k++] = c;
            }
        }
        int d = kept + 1;
        double[][] design = new double[n][d];
        for (int r = 0; r < n; r++) {
            design[r][0] = 1;
            for (int k = 0; k < kept; k++) {
                design[r][k + 1] = x[r][cols[k]];
            }
        }
        RealVector b = new ArrayRealVector(d);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] beta = b.toArray();
            double[][] xtwx = new double[d][d];
            double[] xtwz = new double[d];
            for (int r = 0; r < n; r++) {
                double[] row = design[r];
                // the linear predictor summed in column order, as the matrix's operate() sums it
                double eta = 0;
                for (int a = 0; a < d; a++) {
                    eta += row[a] * beta[a];
                }
                double p = 1 / (1 + Math.exp(-eta));
                double w = Math.max(p * (1 - p), 1e-12);
                double z = eta + ((y[r] ? 1 : 0) - p) / w;
                for (int a = 0; a < d; a++) {
                    double wa = w * row[a]; // w * row[a] * x evaluates (w * row[a]) * x: the same numbers
                    xtwz[a] += wa * z;
                    double[] xa = xtwx[a];
                    for (int c = a; c < d; c++) {
                        xa[c] += wa * row[c];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int c = 0; c < a; c++) {
                    xtwx[a][c] = xtwx[c][a];
                }
                if (a > 0) {
                    xtwx[a][a] += RIDGE;
                }
            }
            RealVector next = new CholeskyDecomposition(new Array2DRowRealMatrix(xtwx, false), 1e-300, 1e-300)
                    .getSolver().solve(new ArrayRealVector(xtwz, false));
            double change = next.subtract(b).getLInfNorm();
            b = next;
            if (change < TOLERANCE * (1 + b.getLInfNorm())) {
                break;
            }
        }
        double[] coef = new double[m + 1];
        coef[0] = b.getEntry(0);
        for (int k = 0; k < kept; k++) {
            coef[cols[k] + 1] = b.getEntry(k + 1);
        }
        return new LogisticRegression(coef);
    }
}
