package org.alliancesim.output;

import org.alliancesim.Num;
import java.io.IOException;
import java.io.Writer;
import org.alliancesim.data.CapitalCoordinates;

/**
 * {@code summary.csv}: per theory and directed pair (each state toward each partner, so that
 * filtering on {@code state} finds every tie of that state), the share of replications ending at
 * each level, the modal final level and the mean final commitment, which belong to the pair and
 * so repeat on its two rows. {@code state_ccode} and {@code partner_ccode} are the Correlates of
 * War codes of states whose id is a COW abbreviation in the bundled capitals table (data/), for
 * merging with dyad-year data; empty for ids it does not know.
 */
public final class SummaryWriter {
    public static final String HEADER = "theory,state,partner,replications,share_none,share_alignment,"
            + "share_coalition,share_alliance,modal_level,mean_final_commitment,state_ccode,partner_ccode";

    private SummaryWriter() {
    }

    public static void write(RunAggregate agg, Writer out) throws IOException {
        out.write(HEADER + "\n");
        var states = agg.scenario().states();
        String[] ccodes = new String[states.size()];
        for (int i = 0; i < ccodes.length; i++) {
            ccodes[i] = ccode(states.get(i).id());
        }
        for (String theory : agg.theories()) {
            int reps = agg.replications(theory);
            for (int i = 0; i < states.size(); i++) {
                for (int j = 0; j < states.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    int[] counts = agg.finalLevelCounts(theory, i, j);
                    StringBuilder sb = new StringBuilder();
                    sb.append(theory).append(',').append(Csv.field(states.get(i).id())).append(',').append(Csv.field(states.get(j).id()))
                            .append(',').append(reps);
                    for (int l = 0; l < counts.length; l++) {
                        sb.append(',').append(Num.format(counts[l] / (double) reps));
                    }
                    sb.append(',').append(RunAggregate.modal(counts).label())
                            .append(',').append(Num.format(agg.meanFinalCommitment(theory, i, j)))
                            .append(',').append(ccodes[i]).append(',').append(ccodes[j]).append('\n');
                    out.write(sb.toString());
                }
            }
        }
    }

    /** The COW code of a state id that is a COW abbreviation in the bundled table, else "". */
    static String ccode(String id) {
        return CapitalCoordinates.bundled().byStateAbb(id).map(c -> Integer.toString(c.ccode())).orElse("");
    }
}
