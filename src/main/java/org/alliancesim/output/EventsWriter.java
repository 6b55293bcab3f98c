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

    public static void write(Scenario s, Replication.Result r, Writer out) throws IOException {
        for (TieChange c : r.changes()) {
            out.write(r.theory() + "," + r.replication() + "," + c.step() + "," + s.time().label(c.step()) + ","
                    + Csv.field(s.states().get(c.a()).id()) + "," + Csv.field(s.states().get(c.b()).id()) + ","
                    + c.from().label() + "," + c.to().label() + "," + Csv.field(s.states().get(c.decider()).id()) + ","
                    + (c.cause() == null ? "" : c.cause().label()) + "\n");
        }
    }
}
