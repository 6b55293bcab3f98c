package org.alliancesim.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.alliancesim.Num;
import org.alliancesim.data.CapitalCoordinates;
import org.alliancesim.world.Level;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(agg, bytes);
        out.write(bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * Writes the file as UTF-8 bytes: rows are built in one {@link CsvBytes} buffer, the fields
     * that repeat (ids, COW codes, shares of replications) encoded once, since a world of 194
     * states has 37,442 rows per theory.
     */
    public static void write(RunAggregate agg, OutputStream out) throws IOException {
        var states = agg.scenario().states();
        int n = states.size();
        byte[][] ids = new byte[n][];
        byte[][] ccodes = new byte[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = utf8(Csv.field(states.get(i).id()));
            ccodes[i] = utf8(ccode(states.get(i).id()));
        }
        byte[][] levels = new byte[Level.values().length][];
        for (Level l : Level.values()) {
            levels[l.ordinal()] = utf8(l.label());
        }
        CsvBytes b = new CsvBytes(1 << 16);
        b.text(HEADER).ch('\n');
        for (String theory : agg.theories()) {
            int reps = agg.replications(theory);
            byte[] head = utf8(theory);
            byte[][] shares = new byte[reps + 1][];
            for (int c = 0; c <= reps; c++) {
                shares[c] = utf8(Num.format(c / (double) reps));
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    int[] counts = agg.finalLevelCounts(theory, i, j);
                    b.bytes(head).ch(',').bytes(ids[i]).ch(',').bytes(ids[j]).ch(',').integer(reps);
                    for (int count : counts) {
                        b.ch(',');
                        if (count >= 0 && count <= reps) {
                            b.bytes(shares[count]);
                        } else {
                            b.num(count / (double) reps);
                        }
                    }
                    b.ch(',').bytes(levels[RunAggregate.modal(counts).ordinal()])
                            .ch(',').num(agg.meanFinalCommitment(theory, i, j))
                            .ch(',').bytes(ccodes[i]).ch(',').bytes(ccodes[j]).ch('\n');
                    if (b.length() > 1 << 15) {
                        b.drainTo(out);
                    }
                }
            }
        }
        b.drainTo(out);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The COW code of a state id that is a COW abbreviation in the bundled table, else "". */
    static String ccode(String id) {
        return CapitalCoordinates.bundled().byStateAbb(id).map(c -> Integer.toString(c.ccode())).orElse("");
    }
}
