/**
 * The backtest: theories run through historical years ({@link org.alliancesim.history.YearWorldSource}),
 * every state reasoning by the theory, ties carried from year to year, and the predicted ties scored
 * against ATOP with baselines ({@link org.alliancesim.backtest.Backtest}); and the calibration of a
 * theory's parameters on training years only ({@link org.alliancesim.backtest.Calibration}).
 * The protocol is described in {@code docs/backtest.md}.
 */
package org.alliancesim.backtest;
