package org.alliancesim.gui;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.scenario.EventSpec;

/**
 * One scenario of the termination library ({@code scenarios/termination/}) as a shock a teacher
 * fires: the file's own events, moved in time so that the first begins at the step it is fired.
 * Names, magnitudes and ramps are the file's, so a class firing it sees what {@code compare}
 * reports for that file.
 *
 * @param id the file's name without {@code .yaml}, e.g. {@code w6-us-decline}
 * @param code the condition it replays ({@code W1}..{@code S2}), from the file name
 * @param title the file's first comment line, e.g. "the US is no longer a superpower"
 * @param description the scenario's description
 * @param events the file's events, at the file's steps
 */
public record LibraryShock(String id, String code, String title, String description, List<EventSpec> events) {

    public LibraryShock {
        events = List.copyOf(events);
    }

    /** The first step any of the events begins at, in the file. */
    public int firstStep() {
        return events.stream().mapToInt(EventSpec::rampStart).min().orElse(0);
    }

    /** The events moved so that the first begins at {@code step}. */
    List<EventSpec> at(int step) {
        int shift = step - firstStep();
        List<EventSpec> out = new ArrayList<>();
        for (EventSpec e : events) {
            out.add(new EventSpec(e.type(), e.state(), e.partner(), e.component(), e.channel(), e.value(), e.scale(),
                    e.faction(), e.rampStart() + shift, e.rampEnd() + shift, e.line()));
        }
        return out;
    }

    /** "W6: the US is no longer a superpower". */
    String label() {
        return code + ": " + title;
    }
}
