package org.alliancesim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.Cause;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;

/**
 * {@code events.csv}: every change of level, with the deciding state and, for a fall, the cause
 * the model attributes (W1-W6, S1, S2 or other; empty for a rise). Rows are built as UTF-8 bytes
 * in one {@link CsvBytes} buffer from fields encoded once (state ids, time labels, levels,
 * causes): a run of a world of 194 states changes about 9,000 ties.
 */
public final class EventsWriter {
    public static final String HEADER = "theory,replication,step,time,state,partner,from_level,to_level,decider,cause";

    private final Scenario scenario;
    /** Each state's id as a CSV field, then a comma. */
    private final byte[][] ids;
    /** Each step's number, a comma, its time label and a comma; made when first asked for. */
    private byte[][] steps = new byte[0][];
    private final byte[][] levels = new byte[Level.values().length][];
    /** Each cause's label, then a newline (and a newline alone for a rise). */
    private final byte[][] causes = new byte[Cause.values().length][];
    private final byte[] rise = {'\n'};
    private final CsvBytes b = new CsvBytes(1 << 16);

    public EventsWriter(Scenario scenario) {
        this.scenario = scenario;
        int n = scenario.states().size();
        ids = new byte[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = utf8(Csv.field(scenario.states().get(i).id()) + ",");
        }
        for (Level l : Level.values()) {
            levels[l.ordinal()] = utf8(l.label() + ",");
        }
        for (Cause c : Cause.values()) {
            causes[c.ordinal()] = utf8(c.label() + "\n");
        }
    }

    /** Writes one run's rows. */
    public void write(Replication.Result r, OutputStream out) throws IOException {
        byte[] head = utf8(r.theory() + "," + r.replication() + ",");
        for (TieChange c : r.changes()) {
            b.bytes(head).bytes(step(c.step())).bytes(ids[c.a()]).bytes(ids[c.b()]).bytes(levels[c.from().ordinal()])
                    .bytes(levels[c.to().ordinal()]).bytes(ids[c.decider()])
                    .bytes(c.cause() == null ? rise : causes[c.cause().ordinal()]);
            if (b.length() > 1 << 16) {
                b.drainTo(out);
            }
        }
        b.drainTo(out);
    }

    private byte[] step(int step) {
        if (step < 0) {
            return utf8(step + "," + scenario.time().label(step) + ",");
        }
        if (step >= steps.length) {
            steps = Arrays.copyOf(steps, Math.max(step + 1, 2 * steps.length));
        }
        if (steps[step] == null) {
            steps[step] = utf8(step + "," + scenario.time().label(step) + ",");
        }
        return steps[step];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
