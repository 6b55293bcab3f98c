/**
 * Experiments: seeded replications, run on a thread pool with results in a fixed order. Knows
 * nothing about any one scenario. Runners produce values (a run's {@link org.alliancesim.experiment.Replication.Result},
 * its series rows as {@link org.alliancesim.experiment.SeriesRow} and
 * {@link org.alliancesim.experiment.FactorRow} handed to a {@link org.alliancesim.experiment.SeriesSink}
 * as they are made, a sweep's {@link org.alliancesim.experiment.sweep.SweepRun}); output/ turns them
 * into files, and this package never depends on it.
 */
package org.alliancesim.experiment;
