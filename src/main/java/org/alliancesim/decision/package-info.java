/**
 * One decision module per theory of alignment, each a pure function of a read-only
 * {@link org.alliancesim.world.WorldView}: Walt's balance of threat and bandwagoning, Schweller's
 * bandwagoning for profit and balance of interests, and the rivals the paper rejects (Waltz's
 * balance of power, economic interdependence, identity). {@link org.alliancesim.decision.Theories}
 * makes them by name.
 */
package org.alliancesim.decision;
