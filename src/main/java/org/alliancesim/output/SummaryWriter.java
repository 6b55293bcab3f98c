package org.alliancesim.output;

import java.io.IOException;
import java.io.Writer;
import org.alliancesim.world.Level;

/**
 * {@code summary.csv}: per theory and unordered pair, the share of replications ending at each
 * level, the modal final level and the mean final commitment.
 */
public final class SummaryWriter {
    public static final String HEADER = "theory,state,partner,replications,share_none,share_alignment,"
            + "share_coalition,share_alliance,modal_level,mean_final_commitment";

    private SummaryWriter() {
    }

    public static void write(RunAggregate agg, Writer out) throws IOException {
        out.write(HEADER + "\n");
        var states = agg.scenario().states();
        for (String theory : agg.theories()) {
            int reps = agg.replications(theory);
            for (int i = 0; i < states.size(); i++) {
                for (int j = i + 1; j < states.size(); j++) {
                    int[] counts = agg.finalLevelCounts(theory, i, j);
                    int mode = 0;
                    StringBuilder sb = new StringBuilder();
                    sb.append(theory).append(',').append(Csv.field(states.get(i).id())).append(',').append(Csv.field(states.get(j).id()))
                            .append(',').append(reps);
                    for (int l = 0; l < counts.length; l++) {
                        sb.append(',').append(Num.format(counts[l] / (double) reps));
                        if (counts[l] > counts[mode]) {
                            mode = l;
                        }
                    }
                    sb.append(',').append(Level.values()[mode].label())
                            .append(',').append(Num.format(agg.meanFinalCommitment(theory, i, j))).append('\n');
                    out.write(sb.toString());
                }
            }
        }
    }
}
