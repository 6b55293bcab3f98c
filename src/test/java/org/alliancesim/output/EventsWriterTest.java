package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** events.csv rows built from fields encoded once are what formatting every field of every row writes. */
class EventsWriterTest {

    @Test
    void rowsAreWhatFieldByFieldFormattingWrites() throws Exception {
        // a regime change at step 40: ties rise, then fall with a cause
        Scenario s = org.alliancesim.scenario.ScenarioTemplate.load(java.nio.file.Path.of("scenarios/termination/w5-iran-looks-west.yaml"))
                .median(java.util.Map.of());
        EventsWriter w = new EventsWriter(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        int rises = 0;
        int falls = 0;
        for (String theory : List.of("balance-of-threat", "identity")) {
            for (int rep = 0; rep < 3; rep++) {
                Replication.Result r = Replication.run(s, theory, rep, 20 + rep, 60, List.of());
                w.write(r, out);
                for (TieChange c : r.changes()) {
                    expected.append(String.join(",", theory, Integer.toString(rep), Integer.toString(c.step()),
                            s.time().label(c.step()), Csv.field(s.states().get(c.a()).id()), Csv.field(s.states().get(c.b()).id()),
                            c.from().label(), c.to().label(), Csv.field(s.states().get(c.decider()).id()),
                            c.cause() == null ? "" : c.cause().label())).append('\n');
                    if (c.cause() == null) {
                        rises++;
                    } else {
                        falls++;
                    }
                }
            }
        }
        assertThat(rises).as("rises in the runs").isPositive();
        assertThat(falls).as("falls (with a cause) in the runs").isPositive();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
