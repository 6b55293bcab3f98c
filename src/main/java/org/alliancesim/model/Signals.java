package org.alliancesim.model;

/**
 * What the world signals, as opposed to what elites perceive: the intent each state's conduct
 * shows toward each other (as seen by a given perceiver) and the share of expected gains partners
 * actually deliver. Events move signals; perception follows them with memory and noise.
 */
final class Signals {
    final double[][] intent;
    final double[][] delivered;

    Signals(int n) {
        intent = new double[n][n];
        delivered = new double[n][n];
    }
}
