package org.alliancesim.scenario;

import java.util.List;
import java.util.Map;

/**
 * An immutable scenario, as loaded and validated from a file under {@code scenarios/}.
 *
 * @param name short name (used for output folders)
 * @param description what the scenario shows
 * @param source the file it was read from (as the user named it)
 * @param sha256 hash of the file's bytes, recorded in run manifests
 * @param time what a step means and how many a run takes
 * @param focal states whose decision module the command line's {@code --theory} replaces
 * @param defaultModule the decision module of states that name none
 * @param parameters every switchable model assumption
 * @param states the states, in file order (their index in the model)
 * @param ties ties in place at step 0
 * @param events scheduled changes
 * @param distances capital distances in km overriding the great-circle distance, keyed "A-B"
 * @param theoryScope which states a run's theory ({@code --theory}) is given to: the focal states,
 *     or every state (scenario key {@code theoryScope}, command-line {@code --all-states})
 */
public record Scenario(String name, String description, String source, String sha256, TimeSpec time,
                       List<String> focal, String defaultModule, Parameters parameters, List<StateSpec> states,
                       List<TieSpec> ties, List<EventSpec> events, Map<String, Double> distances,
                       TheoryScope theoryScope) {

    /** Which states a run's theory is given to. */
    public enum TheoryScope { FOCAL, ALL }

    /** A scenario whose run theory goes to its focal states. */
    public Scenario(String name, String description, String source, String sha256, TimeSpec time,
                    List<String> focal, String defaultModule, Parameters parameters, List<StateSpec> states,
                    List<TieSpec> ties, List<EventSpec> events, Map<String, Double> distances) {
        this(name, description, source, sha256, time, focal, defaultModule, parameters, states, ties, events, distances,
                TheoryScope.FOCAL);
    }

    public Scenario {
        focal = List.copyOf(focal);
        states = List.copyOf(states);
        ties = List.copyOf(ties);
        events = List.copyOf(events);
        distances = Map.copyOf(distances);
    }

    /** Index of a state id, or -1. */
    public int indexOf(String id) {
        for (int k = 0; k < states.size(); k++) {
            if (states.get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }

    /** A copy with other parameters (for sweeps and the GUI). */
    public Scenario withParameters(Parameters p) {
        return new Scenario(name, description, source, sha256, time, focal, defaultModule, p, states, ties, events,
                distances, theoryScope);
    }

    /** A copy whose run theory goes to the given states. */
    public Scenario withTheoryScope(TheoryScope scope) {
        return new Scenario(name, description, source, sha256, time, focal, defaultModule, parameters, states, ties, events,
                distances, scope);
    }

    /** A copy with other states (for sweeps and uncertain inputs). */
    public Scenario withStates(List<StateSpec> s) {
        return new Scenario(name, description, source, sha256, time, focal, defaultModule, parameters, s, ties, events,
                distances, theoryScope);
    }
}
