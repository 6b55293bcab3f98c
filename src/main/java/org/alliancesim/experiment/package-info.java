/**
 * Experiments: seeded replications, run on a thread pool with results in a fixed order. Knows
 * nothing about any one scenario.
 */
package org.alliancesim.experiment;
