package org.alliancesim.output;

import java.io.IOException;
import java.io.Writer;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;

/**
 * {@code events.csv}: every change of level, with the deciding state and, for a fall, the cause
 * the model attributes (W1-W6, S1, S2 or other; empty for a rise).
 */
public final class EventsWriter {
    public static final String HEADER = "theory,replication,step,time,state,partner,from_level,to_level,decider,cause";

    private EventsWriter() {
    }

    /**
     * Writes one run's rows, built in one buffer (a run of a large world changes thousands of
     * ties; a concatenation of this many parts costs the C1 compiler's code a call per part), with
     * each state's field and each step's period spelled once per run rather than once per row.
     */
    public static void write(Scenario s, Replication.Result r, Writer out) throws IOException {
        String[] ids = new String[s.states().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Csv.field(s.states().get(i).id());
        }
        String[] periods = new String[Math.max(r.steps(), 0)];
        String run = new StringBuilder(r.theory()).append(',').append(r.replication()).append(',').toString();
        StringBuilder b = new StringBuilder(64 * r.changes().size());
        for (TieChange c : r.changes()) {
            int step = c.step();
            String period = step >= 0 && step < periods.length ? periods[step] : null;
            if (period == null) {
                period = s.time().label(step);
                if (step >= 0 && step < periods.length) {
                    periods[step] = period;
                }
            }
            b.append(run).append(step).append(',').append(period).append(',')
                    .append(ids[c.a()]).append(',').append(ids[c.b()]).append(',')
                    .append(c.from().label()).append(',').append(c.to().label()).append(',')
                    .append(ids[c.decider()]).append(',')
                    .append(c.cause() == null ? "" : c.cause().label()).append('\n');
        }
        out.write(b.toString());
    }
}
