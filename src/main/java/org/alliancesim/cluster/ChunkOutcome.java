package org.alliancesim.cluster;

import java.io.Serializable;

/**
 * What a worker hands back for one chunk: its {@code runs.csv} rows, or why it refused the chunk
 * (another build or another sweep: the chunk goes to another member), or why the runs failed
 * (the same failure would happen anywhere: the sweep stops).
 */
public record ChunkOutcome(int chunk, String rows, String refusal, String failure) implements Serializable {
    static ChunkOutcome done(int chunk, String rows) {
        return new ChunkOutcome(chunk, rows, null, null);
    }

    static ChunkOutcome refused(int chunk, String why) {
        return new ChunkOutcome(chunk, null, why, null);
    }

    static ChunkOutcome failed(int chunk, String why) {
        return new ChunkOutcome(chunk, null, null, why);
    }
}
