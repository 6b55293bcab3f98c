/**
 * Metadata shared by every parameter record: bounds that the loader validates and the GUI shows
 * ({@link org.alliancesim.param.Range}), and the one spelling of enum values in files
 * ({@link org.alliancesim.param.Labels}). Parameter records themselves live beside the code that
 * reads them (world, decision, model).
 */
package org.alliancesim.param;
