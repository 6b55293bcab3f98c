package org.alliancesim.experiment;

/**
 * Which ordered pairs a run writes to {@code series.csv}: every pair ({@code all}, N(N-1) rows a
 * step), only pairs involving a focal state ({@code focal}), only pairs tied at that step
 * ({@code ties}: level above none, for whole-world runs where most pairs never tie), or none
 * ({@code none}: summaries only, for large worlds and many replications), or the focal pairs with,
 * in {@code factors.csv}, every factor of both sides' desires at every step ({@code factors}: what
 * {@code explain --over-time} writes for one pair, for every focal pair of every replication).
 */
public enum RecordMode {
    ALL, FOCAL, TIES, NONE, FACTORS
}
