package org.alliancesim.data;

/**
 * One directed dyad-year of a militarized interstate dispute (Gibler, Miller and Little 2016):
 * state 1's view of its dispute with state 2 in one year.
 *
 * @param dispute the MID number
 * @param ccode1 the first state of the directed dyad
 * @param ccode2 the second
 * @param year the year
 * @param hostility1 highest hostility level state 1 reached in the dispute (1 no militarized
 *     action, 2 threat, 3 display, 4 use of force, 5 war)
 * @param hostility2 the same for state 2
 * @param revisionist1 whether state 1 sought to change the status quo in the dispute
 * @param revisionType1 what state 1 sought to revise (1 territory, 2 policy, 3 regime, 4 other;
 *     0 if none)
 * @param line the row's line, for messages
 */
public record DisputeYear(int dispute, int ccode1, int ccode2, int year, int hostility1,
    int hostility2, boolean revisionist1, int revisionType1, long line) {}
