package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.alliancesim.TestScenarios;
import org.alliancesim.experiment.Replication;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {

    @Test
    void everyStateHasARowTowardEachPartnerWithCowCodes() throws Exception {
        Scenario s = TestScenarios.defaultScenario();
        RunAggregate agg = new RunAggregate(s, 12);
        agg.add(Replication.run(s, "balance-of-threat", 0, 7, 12, List.of()));
        StringWriter w = new StringWriter();
        SummaryWriter.write(agg, w);
        List<String> lines = w.toString().lines().toList();
        int n = s.states().size();
        assertThat(lines.get(0)).isEqualTo(SummaryWriter.HEADER);
        assertThat(lines).hasSize(1 + n * (n - 1));
        String toward = lines.stream().filter(l -> l.startsWith("balance-of-threat,IRN,RUS,")).findFirst().orElseThrow();
        String back = lines.stream().filter(l -> l.startsWith("balance-of-threat,RUS,IRN,")).findFirst().orElseThrow();
        assertThat(toward).startsWith("balance-of-threat,IRN,RUS,1,").endsWith(",630,365");
        assertThat(back).startsWith("balance-of-threat,RUS,IRN,1,").endsWith(",365,630");
        // the level and commitment are the pair's: the same on both rows
        assertThat(List.of(toward.split(",")).subList(3, 10)).isEqualTo(List.of(back.split(",")).subList(3, 10));
        for (var st : s.states()) {
            assertThat(lines).filteredOn(l -> l.split(",")[1].equals(st.id())).hasSize(n - 1);
        }
    }

    @Test
    void anIdThatIsNoCowAbbreviationGetsAnEmptyCode() {
        assertThat(SummaryWriter.ccode("USA")).isEqualTo("2");
        assertThat(SummaryWriter.ccode("ATLANTIS")).isEmpty();
    }
}
