/**
 * Performance: seeded random worlds of any size ({@link org.alliancesim.bench.RandomWorld}), the
 * bare-loop lower bound that does the engine's arithmetic on primitive arrays
 * ({@link org.alliancesim.bench.BareLoop}), and the measurements behind {@code alliance-sim bench}.
 * Nothing here is used by the model; the model knows nothing of it.
 */
package org.alliancesim.bench;
