/**
 * The MASON model: {@link org.alliancesim.model.AllianceModel} and its four phases per step
 * (perceive and assess, decide, commit, record), the ties, events and cause attribution. Imports
 * only {@code sim.engine} from MASON; never display, portrayal, Swing or chart code.
 */
package org.alliancesim.model;
