/**
 * Readers and derived measures for the real-world data sets the simulation can be seeded from.
 *
 * <p>The project ships none of these files; users download them from their producers. Each one is
 * cited where it is read:
 *
 * <ul>
 *   <li><b>National Material Capabilities</b> (Correlates of War, v6.0), read by {@link
 *       org.alliancesim.data.NmcReader}; the Composite Index of National Capability is recomputed by
 *       {@link org.alliancesim.data.CincCalculator}. J. David Singer, Stuart Bremer and John
 *       Stuckey (1972), "Capability Distribution, Uncertainty, and Major Power War, 1820-1965", in
 *       Bruce Russett (ed.), <i>Peace, War, and Numbers</i>, Beverly Hills: Sage, 19-48; and
 *       J. Michael Greig and Andrew J. Enterline (2021), <i>Correlates of War Project National
 *       Material Capabilities (NMC) Data Documentation, Version 6.0</i>.
 *   <li><b>Distances between capital cities</b>, read by {@link org.alliancesim.data.CapdistReader}.
 *       Kristian Skrede Gleditsch and Michael D. Ward (2001), "Measuring Space: A Minimum-Distance
 *       Database and Applications to International Studies", <i>Journal of Peace Research</i>
 *       38(6): 739-758.
 *   <li><b>UN General Assembly ideal points</b>, read by {@link
 *       org.alliancesim.data.IdealPointReader}. Michael A. Bailey, Anton Strezhnev and Erik Voeten
 *       (2017), "Estimating Dynamic State Preferences from United Nations Voting Data", <i>Journal of
 *       Conflict Resolution</i> 61(2): 430-456.
 *   <li><b>Historical worlds</b> ({@code org.alliancesim.history}): COW State System Membership
 *       and major powers ({@link org.alliancesim.data.CowStatesReader}, {@link
 *       org.alliancesim.data.MajorPowerReader}), dated capitals ({@link
 *       org.alliancesim.data.CowCapitalsReader}), Thompson and Dreyer's strategic rivalries
 *       ({@link org.alliancesim.data.RivalryReader}; <i>Handbook of International Rivalries</i>, CQ
 *       Press, 2012), Gibler, Miller and Little's directed dispute-years ({@link
 *       org.alliancesim.data.MidReader}; <i>International Studies Quarterly</i> 60(4), 2016), COW
 *       dyadic trade ({@link org.alliancesim.data.TradeReader}; Barbieri and Keshk 2016), V-Dem and
 *       Polity scores ({@link org.alliancesim.data.DemocracyReader}) and COW direct contiguity
 *       ({@link org.alliancesim.data.ContiguityReader}; Stinnett et al. 2002), as redistributed in
 *       peacesciencer (Miller 2022).
 * </ul>
 *
 * <p>The bundled table {@code /data/capitals.csv} ({@link org.alliancesim.data.CapitalCoordinates})
 * holds public facts (capital cities and their approximate coordinates) compiled for this project;
 * it is checked against the Gleditsch and Ward distances in the tests.
 */
package org.alliancesim.data;
