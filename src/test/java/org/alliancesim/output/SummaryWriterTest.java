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
    void rowsAreWhatFieldByFieldFormattingWrites() throws Exception {
        // each pair's fields are encoded once and copied into its two rows: the same text as
        // formatting every field of every row
        Scenario s = TestScenarios.defaultScenario();
        RunAggregate agg = new RunAggregate(s, 15);
        for (String theory : List.of("balance-of-threat", "schweller-bandwagoning")) {
            for (int r = 0; r < 3; r++) {
                agg.add(Replication.run(s, theory, r, 11 + r, 15, List.of()));
            }
        }
        StringBuilder expected = new StringBuilder(SummaryWriter.HEADER).append('\n');
        int n = s.states().size();
        for (String theory : agg.theories()) {
            int reps = agg.replications(theory);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    List<String> row = new java.util.ArrayList<>(List.of(theory, s.states().get(i).id(), s.states().get(j).id(),
                            Integer.toString(reps)));
                    for (int count : agg.finalLevelCounts(theory, i, j)) {
                        row.add(org.alliancesim.Num.format(count / (double) reps));
                    }
                    row.add(agg.modalFinalLevel(theory, i, j).label());
                    row.add(org.alliancesim.Num.format(agg.meanFinalCommitment(theory, i, j)));
                    row.add(SummaryWriter.ccode(s.states().get(i).id()));
                    row.add(SummaryWriter.ccode(s.states().get(j).id()));
                    expected.append(String.join(",", row)).append('\n');
                }
            }
        }
        StringWriter w = new StringWriter();
        SummaryWriter.write(agg, w);
        assertThat(w.toString()).isEqualTo(expected.toString());
    }

    @Test
    void anIdThatIsNoCowAbbreviationGetsAnEmptyCode() {
        assertThat(SummaryWriter.ccode("USA")).isEqualTo("2");
        assertThat(SummaryWriter.ccode("ATLANTIS")).isEmpty();
    }
}
