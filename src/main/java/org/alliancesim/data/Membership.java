package org.alliancesim.data;

/**
 * One spell of a state's membership in the COW state system.
 *
 * @param ccode COW state code
 * @param stateabb COW abbreviation (e.g. AUH)
 * @param name COW state name
 * @param spell the days the state was a member
 */
public record Membership(int ccode, String stateabb, String name, Spell spell) {}
