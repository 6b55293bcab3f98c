/**
 * Landscape theory of aggregation: which two-bloc alignments are stable, and how likely is each.
 *
 * <p>Implements Robert Axelrod and D. Scott Bennett, "A Landscape Theory of Aggregation",
 * <em>British Journal of Political Science</em> 23(2), 1993, pp. 211-233
 * (JSTOR stable URL https://www.jstor.org/stable/194248).
 *
 * <p>Each actor {@code i} has a size {@code s_i >= 0} and each pair a symmetric propensity
 * {@code p_ij} to be on the same side (positive) or on opposite sides (negative). A
 * <em>configuration</em> splits the actors into two blocs, A and B. The frustration of actor
 * {@code i} is {@code F_i = sum over j on the other side of s_j * p_ij}; the energy of the
 * configuration is {@code E = sum over pairs {i,j} on opposite sides of s_i * s_j * p_ij}.
 * Myopic actors switch sides when that lowers their frustration, which (because propensities
 * are symmetric) lowers the energy, so the system rolls down the energy landscape into a
 * <em>local minimum</em>: a configuration from which no single actor can strictly lower the
 * energy by switching. The theory predicts that observed alignments are such minima, and the
 * size of a minimum's <em>basin of attraction</em> indicates how likely it is to be reached.
 *
 * <p>Entry points: {@link org.alliancesim.landscape.LandscapeFiles} reads the inputs and writes
 * the results, {@link org.alliancesim.landscape.LandscapeSolver} chooses between the exact
 * {@link org.alliancesim.landscape.ExactEnumerator} (up to 25 actors) and, beyond that, the
 * sampling {@link org.alliancesim.landscape.DescentSearcher} for minima and basins with
 * {@link org.alliancesim.landscape.BranchAndBound} for the proven global minimum. The command
 * ({@code cli/LandscapeCommand}) lives in the command line, as every command does.
 */
package org.alliancesim.landscape;
