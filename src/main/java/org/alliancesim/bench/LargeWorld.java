package org.alliancesim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.SeriesRecorder;
import org.alliancesim.output.SeriesText;
import org.alliancesim.scenario.Scenario;

/**
 * A whole-world run: one replication of a random world of N states (190 is about every state of
 * a year), timed as model plus recording, then the writing of {@code series.csv}, under each
 * record mode, so one can see whether outputs dominate.
 */
public final class LargeWorld {
    private LargeWorld() {
    }

    /**
     * One record mode's timing.
     *
     * @param mode what series.csv holds
     * @param modelSeconds the replication, recorder included
     * @param writeSeconds writing the recorded rows to a file
     * @param bytes size of series.csv
     */
    public record Timing(RecordMode mode, double modelSeconds, double writeSeconds, long bytes) {
    }

    public static Timing measure(int n, int steps, long seed, RecordMode mode) throws IOException {
        Scenario s = RandomWorld.generate(n, seed, RandomWorld.DEFAULT_NOISE).toScenario(steps);
        SeriesText text = new SeriesText(s, steps);
        SeriesRecorder rec = new SeriesRecorder("default", 0, mode, text);
        long t0 = System.nanoTime();
        Replication.run(s, null, 0, seed, steps, List.of(rec));
        long t1 = System.nanoTime();
        Path tmp = Files.createTempFile("alliance-sim-bench", ".csv");
        try {
            Files.writeString(tmp, SeriesText.HEADER + "\n" + text.rows(), StandardCharsets.UTF_8);
            long t2 = System.nanoTime();
            return new Timing(mode, (t1 - t0) / 1e9, (t2 - t1) / 1e9, Files.size(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
