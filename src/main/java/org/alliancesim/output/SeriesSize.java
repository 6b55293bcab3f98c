package org.alliancesim.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;

/**
 * How many bytes a run's {@code series.csv} (and {@code factors.csv}) will take, estimated before
 * the run from the row layout of {@link SeriesCsv}: the exact lengths of the theory names,
 * replication and step numbers, dates and ids, with every number counted at its longest usual
 * width (eight characters, e.g. {@code 0.123456}) and every level at the longest label. It errs
 * high: {@code ties} is counted as {@code all} (which pairs tie is known only after the run), and a
 * focal pair's factors as {@value #FACTORS_PER_ROW} rows of the longest factor name seen in the code.
 */
public final class SeriesSize {
    /** Characters counted for each number. */
    static final int NUMBER = 8;
    /** Factor rows counted per focal pair and step with {@code --record factors} (desire and its factors). */
    static final int FACTORS_PER_ROW = 16;
    /** Characters counted for a factor row's module and factor names. */
    static final int FACTOR_NAMES = 48;

    private SeriesSize() {
    }

    /** The estimated bytes of the series files of {@code replications} runs of each theory. */
    public static long estimate(Scenario s, List<String> theories, int replications, int steps, RecordMode mode) {
        if (mode == RecordMode.NONE) {
            return 0;
        }
        int n = s.states().size();
        long[] idBytes = new long[n];
        boolean[] focal = new boolean[n];
        for (int i = 0; i < n; i++) {
            idBytes[i] = s.states().get(i).id().getBytes(StandardCharsets.UTF_8).length;
            focal[i] = s.focal().contains(s.states().get(i).id());
        }
        boolean focalOnly = mode == RecordMode.FOCAL || mode == RecordMode.FACTORS;
        long pairs = 0;
        long pairIds = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && (!focalOnly || focal[i] || focal[j])) {
                    pairs++;
                    pairIds += idBytes[i] + idBytes[j];
                }
            }
        }
        long stepBytes = 0; // step numbers and dates, over the run
        for (int t = 0; t < steps; t++) {
            stepBytes += digits(t) + s.time().label(t).length();
        }
        long theoryBytes = 0;
        for (String th : theories) {
            theoryBytes += th.getBytes(StandardCharsets.UTF_8).length;
        }
        long repBytes = 0;
        for (int r = 0; r < replications; r++) {
            repBytes += digits(r);
        }
        int longestLevel = 0;
        for (Level l : Level.values()) {
            longestLevel = Math.max(longestLevel, l.label().length());
        }
        long runs = (long) theories.size() * replications;
        // theory,replication,step,time,state,partner: 6 commas; then 3 numbers and the level: 3 commas and a line break
        long fixed = 6 + 3 * (NUMBER + 1) + longestLevel + 1;
        long rows = runs * pairs * steps;
        long head = theoryBytes * replications * pairs * steps + repBytes * theories.size() * pairs * steps
                + stepBytes * runs * pairs + pairIds * runs * steps + rows * 6;
        long series = head + rows * (fixed - 6);
        if (mode != RecordMode.FACTORS) {
            return series;
        }
        long factorRows = rows * FACTORS_PER_ROW;
        return series + head * FACTORS_PER_ROW + factorRows * (FACTOR_NAMES + 2 + NUMBER + 1);
    }

    private static int digits(long v) {
        return Long.toString(v).length();
    }
}
