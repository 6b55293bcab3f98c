/**
 * Readers of ATOP alliance obligations (Leeds, Ritter, Mitchell and Long 2002), dyad-year and member
 * layouts, for any span of years, and the mapping of obligations to the model's levels.
 */
package org.alliancesim.backtest.atop;
