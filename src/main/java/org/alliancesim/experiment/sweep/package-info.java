/**
 * Parameter sweeps: the sweep file, the runner that spreads seeded runs over threads in a fixed
 * order, and the journal that lets a killed sweep resume to the same bytes.
 */
package org.alliancesim.experiment.sweep;
