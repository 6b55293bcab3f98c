package org.alliancesim.model;

import org.alliancesim.world.WorldInputs;

/** A frozen copy of the world's inputs and ruling factions at one step. */
record InputSnapshot(int step, WorldInputs inputs, String[] regimes) {
}
