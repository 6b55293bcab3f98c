package org.alliancesim.importer;

import java.util.List;

/**
 * An imported scenario ready to write: its text, what the command reports of it, and the
 * theory-input warnings ({@link TheoryInputCheck}) computed from the values the text holds, so the
 * text need not be read back.
 *
 * @param text the YAML text, byte for byte what is written
 * @param states number of states
 * @param distances number of listed capital distances
 * @param events number of events
 * @param steps the scenario's steps
 * @param theoryWarnings one line per theory with no inputs to read at step 0
 */
public record ImportedScenario(String text, int states, int distances, int events, int steps,
                               List<String> theoryWarnings) {
}
