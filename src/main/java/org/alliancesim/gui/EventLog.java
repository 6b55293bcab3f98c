package org.alliancesim.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What happened in a run, in order, as a teacher reads it: level changes, shocks, scheduled events, notes. */
final class EventLog {
    /** What an entry is about. Shocks and scheduled events are also drawn as markers on the charts. */
    enum Kind { RISE, FALL, SHOCK, SCHEDULED, TEACHER, NOTE }

    /**
     * @param step the model step
     * @param date the step in the scenario's unit, e.g. 2027Q3
     * @param kind what it is about
     * @param marker a short label for a chart marker (shocks and scheduled events), else null
     * @param text the line a teacher reads
     */
    record Entry(int step, String date, Kind kind, String marker, String text) {
        String line() {
            return date + "  " + text;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The entries drawn as chart markers. */
    List<Entry> markers() {
        return entries.stream().filter(e -> e.marker() != null).toList();
    }

    void clear() {
        entries.clear();
    }
}
