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
     * Writes the file as UTF-8 bytes, built in {@link CsvBytes} buffers without a string per
     * field: a world of 194 states has 37,442 rows per theory. What belongs to the pair (the
     * shares, the modal level, the mean commitment) is encoded once per pair and copied into its
     * two rows; the ids, COW codes and shares of replications once per state or theory.
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
        CsvBytes b = new CsvBytes(1 << 18);
        b.text(HEADER).ch('\n');
        CsvBytes pairs = new CsvBytes(1 << 16);
        int[] from = new int[n * n];
        int[] to = new int[n * n];
        for (String theory : agg.theories()) {
            RunAggregate.Finals finals = agg.finals(theory);
            int reps = finals.replications();
            byte[][] shares = new byte[reps + 1][];
            for (int c = 0; c <= reps; c++) {
                shares[c] = utf8(Num.format(c / (double) reps));
            }
            // ",share_none,...,share_alliance,modal_level,mean_final_commitment" of pair i < j: from[i * n + j] to to[...]
            pairs.clear();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    from[i * n + j] = pairs.length();
                    int[] counts = finals.levelCounts(i, j);
                    for (int count : counts) {
                        pairs.ch(',');
                        if (count >= 0 && count <= reps) {
                            pairs.bytes(shares[count]);
                        } else {
                            pairs.num(count / (double) reps);
                        }
                    }
                    pairs.ch(',').bytes(levels[RunAggregate.modal(counts).ordinal()]).ch(',').num(finals.meanCommitment(i, j));
                    to[i * n + j] = pairs.length();
                }
            }
            // a row: "theory,state," "partner,replications" pair ",state_ccode," "partner_ccode\n"
            byte[][] state = new byte[n][];
            byte[][] partner = new byte[n][];
            byte[][] stateCode = new byte[n][];
            byte[][] partnerCode = new byte[n][];
            for (int i = 0; i < n; i++) {
                state[i] = concat(utf8(theory + ","), ids[i], utf8(","));
                partner[i] = concat(ids[i], utf8("," + reps));
                stateCode[i] = concat(utf8(","), ccodes[i], utf8(","));
                partnerCode[i] = concat(ccodes[i], utf8("\n"));
            }
            byte[] pair = pairs.array();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    int k = Math.min(i, j) * n + Math.max(i, j);
                    b.bytes(state[i]).bytes(partner[j]).bytes(pair, from[k], to[k] - from[k]).bytes(stateCode[i])
                            .bytes(partnerCode[j]);
                    if (b.length() > 1 << 17) {
                        b.drainTo(out);
                    }
                }
            }
        }
        b.drainTo(out);
    }

    private static byte[] concat(byte[]... parts) {
        CsvBytes b = new CsvBytes(64);
        for (byte[] p : parts) {
            b.bytes(p);
        }
        return java.util.Arrays.copyOf(b.array(), b.length());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The COW code of a state id that is a COW abbreviation in the bundled table, else "". */
    static String ccode(String id) {
        return CapitalCoordinates.bundled().byStateAbb(id).map(c -> Integer.toString(c.ccode())).orElse("");
    }
}
