/**
 * Statistics of experiments, all gathered without holding the runs: Kaplan–Meier survival with
 * log-log Greenwood bands, one-pass moments with t and Wilson intervals, and standardised
 * regression coefficients for sensitivity.
 */
package org.alliancesim.experiment.stats;
