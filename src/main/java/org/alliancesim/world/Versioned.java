package org.alliancesim.world;

/**
 * Quantities of a {@link WorldView} that change only through events, live changes or learning,
 * not every step, and whose changes the view counts ({@link WorldView#version}): a decision module
 * may then keep what it derives from them, per row, until the count moves.
 */
public enum Versioned {
    /** Aggregate power ({@link WorldView#power}), from the power components and their weights. */
    POWER,
    /** Trade shares ({@link Inputs#trade}). */
    TRADE,
    /** Shared identity ({@link Inputs#identity}). */
    IDENTITY
}
