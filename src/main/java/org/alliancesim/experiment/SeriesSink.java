package org.alliancesim.experiment;

import java.io.IOException;

/**
 * Where one run's recorded rows go as the run makes them, so that no run holds its series in
 * memory: output/ writes them to disk. Called from the thread that runs the replication, in step
 * order; {@link #finish()} once the run has ended, before its result is handed on.
 */
public interface SeriesSink {
    /** A sink that drops every row (e.g. {@link RecordMode#NONE}, or a command without series). */
    SeriesSink NONE = new SeriesSink() {
        @Override
        public void series(SeriesRow row) {
        }

        @Override
        public void factor(FactorRow row) {
        }
    };

    void series(SeriesRow row);

    /** A row of the factors of a desire ({@link RecordMode#FACTORS} only). */
    void factor(FactorRow row);

    /** The run has ended: everything it made is handed over. */
    default void finish() throws IOException {
    }

    /** Opens the sink of one run; called on the thread that will run it, before the run starts. */
    interface Factory {
        Factory NONE = (theory, replication) -> SeriesSink.NONE;

        SeriesSink open(String theory, int replication) throws IOException;
    }
}
