package org.alliancesim.backtest;

/**
 * One row of {@code scores.csv}.
 *
 * @param theory the theory or baseline
 * @param span the span's label
 * @param measure e.g. {@code any.in-force.f1}, {@code defence.auc}
 * @param value the measure on the span's dyad-years (NaN: undefined, e.g. no formation observed)
 * @param lower the 2.5% bootstrap quantile (NaN for one-year spans)
 * @param upper the 97.5% bootstrap quantile
 */
public record Score(String theory, String span, String measure, double value, double lower, double upper) {
}
