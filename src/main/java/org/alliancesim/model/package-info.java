/**
 * The MASON model: {@link org.alliancesim.model.AllianceModel} wires the world to its four phases
 * per step (perceive and assess, decide, commit, record), each a class that owns its rule and its
 * state and runs without a schedule; the ties, events and cause attribution; and
 * {@link org.alliancesim.model.LiveControls}, what a live display may change between steps. Imports
 * only {@code sim.engine} from MASON; never display, portrayal, Swing or chart code.
 */
package org.alliancesim.model;
