package org.alliancesim.experiment;

/**
 * One factor of a state's desire toward a partner at one step, as a value ({@link RecordMode#FACTORS}):
 * the decision module that weighed it, the factor's name (the module's own words, or
 * {@code desire} for the desire itself) and its finite value.
 */
public record FactorRow(String theory, int replication, int step, int state, int partner, String module, String factor,
                        double value) {
}
