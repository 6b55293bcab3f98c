/**
 * Metadata shared by every parameter record: bounds that the loader validates and the GUI shows.
 * Parameter records themselves live beside the code that reads them (world, decision, model).
 */
package org.alliancesim.param;
