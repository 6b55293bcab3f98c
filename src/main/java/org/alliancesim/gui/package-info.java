/**
 * The classroom GUI: one Swing window around the same model the command line runs, stepped one
 * step at a time by a clock ({@link org.alliancesim.gui.ClassroomWindow}). It depends on the
 * model, never the reverse: {@link org.alliancesim.gui.Session} is one run with its event log and
 * the teacher's changes, {@link org.alliancesim.gui.ShockLibrary} the termination scenarios as
 * shocks, {@link org.alliancesim.gui.MapPanel} and {@link org.alliancesim.gui.Charts} draw, and
 * {@link org.alliancesim.gui.Screenshot} runs it without a person, for tests and the docs' pictures.
 */
package org.alliancesim.gui;
