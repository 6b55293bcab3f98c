package org.alliancesim.experiment;

import org.alliancesim.world.Level;

/**
 * One row of a run's series, as values: at {@code step}, the threat state {@code state} perceives
 * from {@code partner}, its desire toward it, and the pair's commitment and level (states are
 * indexes into the run's scenario). Every number is finite ({@link NonFiniteException}); output/
 * turns rows into text.
 */
public record SeriesRow(String theory, int replication, int step, int state, int partner, double threat, double desire,
                        double commitment, Level level) {
}
