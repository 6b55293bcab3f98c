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
     * ties; a concatenation of this many parts costs the C1 compiler's code a call per part).
     */
    public static void write(Scenario s, Replication.Result r, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(64 * r.changes().size());
        for (TieChange c : r.changes()) {
            b.append(r.theory()).append(',').append(r.replication()).append(',').append(c.step()).append(',')
                    .append(s.time().label(c.step())).append(',')
                    .append(Csv.field(s.states().get(c.a()).id())).append(',')
                    .append(Csv.field(s.states().get(c.b()).id())).append(',')
                    .append(c.from().label()).append(',').append(c.to().label()).append(',')
                    .append(Csv.field(s.states().get(c.decider()).id())).append(',')
                    .append(c.cause() == null ? "" : c.cause().label()).append('\n');
        }
        out.write(b.toString());
    }
}
