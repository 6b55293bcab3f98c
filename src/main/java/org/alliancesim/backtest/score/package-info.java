/**
 * Forecast scores that know nothing about alliances: confusion counts with precision, recall and F1;
 * ROC AUC and curve; the Brier score; logistic regression by IRLS; the bootstrap over years.
 */
package org.alliancesim.backtest.score;
