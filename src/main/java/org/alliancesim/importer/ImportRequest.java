package org.alliancesim.importer;

import org.alliancesim.history.IntentProxy;
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
 * @param settle steps before {@code from} that hold {@code from}'s inputs so that ties can settle
 *     ({@code org.alliancesim.history.Settling}); they are labelled with the years before {@code from}
 */
public record ImportRequest(int from, int to, List<String> states, String focal, String name, double intentScale,
                            Template template, List<String> header, int settle) {
    public ImportRequest {
        states = List.copyOf(states);
        header = List.copyOf(header);
        if (settle < 0) {
            throw new IllegalArgumentException("settle must be >= 0, got " + settle);
        }
    }

    /** Steps in the scenario: the settling steps, then one per year. */
    public int steps() {
        return settle + to - from + 1;
    }

    /** The calendar year of step 0. */
    public int start() {
        return from - settle;
    }

    /** The step of a year ({@code from} is step {@code settle}). */
    public int stepOf(int year) {
        return year - start();
    }

    /** The focal state's id among the imported states (the first state when none is asked for). */
    String focalAmong(java.util.List<ImportedState> states) throws ImportException {
        if (focal() == null) {
            return states.get(0).id();
        }
        for (ImportedState s : states) {
            if (s.id().equalsIgnoreCase(focal().strip())) {
                return s.id();
            }
        }
        throw new ImportException("--focal " + focal() + " is not among the imported states");
    }

    /** Refuses a template that gives fields for states the import does not hold. */
    void checkTemplate(java.util.List<ImportedState> states) throws ImportException {
        if (template() == null) {
            return;
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        states.forEach(s -> ids.add(s.id()));
        java.util.List<String> unknown = template().stateIds().stream().filter(id -> !ids.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ImportException(template().file() + ": the template gives fields for states not imported: "
                    + String.join(", ", unknown));
        }
    }
}
