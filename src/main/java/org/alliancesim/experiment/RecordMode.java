package org.alliancesim.experiment;

/**
 * Which ordered pairs a run writes to {@code series.csv}: every pair ({@code all}, N(N-1) rows a
 * step), only pairs involving a focal state ({@code focal}), or none ({@code none}: summaries
 * only, for large worlds and many replications).
 */
public enum RecordMode {
    ALL, FOCAL, NONE
}
