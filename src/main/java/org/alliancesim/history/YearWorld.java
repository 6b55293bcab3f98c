package org.alliancesim.history;

import org.alliancesim.scenario.Scenario;

/**
 * The world of one historical year, built from data: a scenario (states in the system that year,
 * in ascending COW code order, every input a theory reads), each state's COW code, and the dyadic
 * covariates the backtest's baselines read.
 *
 * @param year the calendar year
 * @param scenario the states and inputs of that year (state index k has COW code ccodes[k])
 * @param ccodes COW state code of each state, ascending
 * @param covariates dyadic covariates by state index
 */
public record YearWorld(int year, Scenario scenario, int[] ccodes, DyadCovariates covariates) {
}
