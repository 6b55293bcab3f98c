package org.alliancesim.importer;

import java.util.List;

/**
 * What to import.
 *
 * @param from first year: the state set and the values at step 0 come from it
 * @param to last year (equal to {@code from} for a one-year scenario)
 * @param states COW abbreviations, or empty for every state in the system in {@code from}
 * @param focal the focal state (null: the first state)
 * @param name the scenario's name
 * @param intentScale ideal-point distance read as full hostility ({@link IntentProxy})
 * @param template assumptions to merge in, or null
 * @param header comment lines recording the command and the sources
 */
public record ImportRequest(int from, int to, List<String> states, String focal, String name, double intentScale,
                            Template template, List<String> header) {
    public ImportRequest {
        states = List.copyOf(states);
        header = List.copyOf(header);
    }

    public int steps() {
        return to - from + 1;
    }
}
