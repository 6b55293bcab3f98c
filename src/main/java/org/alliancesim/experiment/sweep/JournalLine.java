package org.alliancesim.experiment.sweep;

import org.alliancesim.Num;
import org.alliancesim.experiment.TieOutcome;

/**
 * How a sweep's journal writes one run ({@link SweepRun}) as a line of text: point, replication,
 * seed, the point's varied values, theory, then {@link SweepRunner#PAIR_FIELDS} for each focal pair
 * (columns named by {@link SweepRunner#header()}). The line is the journal's record and the
 * cluster's reply for a chunk, so that a local and a cluster sweep journal the same bytes; output/
 * reads the lines back to write {@code runs.csv}. Empty fields mean "does not apply" (a tie that
 * never stood has no formed step).
 */
public final class JournalLine {
    private JournalLine() {
    }

    /** The line of {@code run}, ending in a line break, at a point whose varied values are {@code values}. */
    public static String of(SweepRun run, double[] values) {
        StringBuilder sb = new StringBuilder(64 + 48 * run.pairs().size());
        sb.append(run.point()).append(',').append(run.replication()).append(',').append(run.seed());
        for (double v : values) {
            sb.append(',').append(Num.format(v));
        }
        sb.append(',').append(run.theory());
        for (SweepRun.Pair p : run.pairs()) {
            TieOutcome o = p.outcome();
            sb.append(',').append(o.stood() ? Integer.toString(o.formed()) : "")
                    .append(',').append(o.stood() ? (o.ended() ? "1" : "0") : "")
                    .append(',').append(o.ended() ? Integer.toString(o.endStep()) : "")
                    .append(',').append(o.stood() ? Integer.toString(o.duration()) : "")
                    .append(',').append(o.cause() == null ? "" : o.cause())
                    .append(',').append(p.finalLevel().label())
                    .append(',').append(sixDecimals(p.meanCommitment()));
        }
        return sb.append('\n').toString();
    }

    /** A number in [0,1] with at most six decimals, as every output writes numbers. */
    static String sixDecimals(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1e6)).movePointLeft(6).stripTrailingZeros().toPlainString();
    }
}
