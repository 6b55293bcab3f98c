/**
 * Whole-world historical scenarios from data: for any year the data cover, every state in the
 * Correlates of War system with every input the theories read, computed once by
 * {@link org.alliancesim.history.InputBuilder} from {@link org.alliancesim.history.HistoricalData}
 * by the mappings of {@link org.alliancesim.history.MappingParams} (see {@code docs/data.md}).
 * {@link org.alliancesim.history.HistoricalWorlds} implements
 * {@link org.alliancesim.history.YearWorldSource} for the backtest; {@code import --data} writes
 * the same inputs as YAML.
 */
package org.alliancesim.history;
