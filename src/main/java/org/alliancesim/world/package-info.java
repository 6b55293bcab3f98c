/**
 * The world the states live in: raw inputs ({@link org.alliancesim.world.Inputs}), the
 * assessment derived from them each step (power, proximity, Walt's threat), and the vocabulary
 * (levels of commitment, revisionism, channels of gain). Nothing here knows MASON, files or charts.
 */
package org.alliancesim.world;
