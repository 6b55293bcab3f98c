/**
 * The teaching GUI: a MASON console around the same model the command line runs. It depends on
 * the model, never the reverse: {@link org.alliancesim.gui.AllianceWithUI} (the {@code GUIState}),
 * the map's fields and portrayals, the live charts, the Model tab's controls, the per-state
 * inspector and the About page ({@code index.html}). {@link org.alliancesim.gui.Screenshot} runs it
 * without a person, for tests and the README's picture.
 */
package org.alliancesim.gui;
