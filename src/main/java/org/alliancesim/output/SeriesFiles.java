package org.alliancesim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.experiment.FactorRow;
import org.alliancesim.experiment.SeriesRow;
import org.alliancesim.experiment.SeriesSink;
import org.alliancesim.scenario.Scenario;

/**
 * Writes a run's {@code series.csv} (and {@code factors.csv}) while the replications run, in the
 * files' fixed order (theory by theory, replication by replication) whatever the thread count, so
 * that no replication's rows are held in memory: each replication formats its rows into a small
 * buffer ({@value #BUFFER} bytes) and empties it, when full, straight into the file if every
 * replication before it is already written, else into a spool file of its own in the output's
 * temporary folder, which is appended to the file (and deleted) when its turn comes. Memory per
 * replication in flight is the buffer; the spool files of the replications in flight are the only
 * extra disk.
 */
final class SeriesFiles implements SeriesSink.Factory, AutoCloseable {
    static final int BUFFER = 1 << 18;
    private final int buffer;
    private final int replications;
    private final OutputFolder folder;
    private final SeriesCsv csv;
    private final FileChannel series;
    private final FileChannel factors;
    private final List<String> theories;
    private final Map<String, RunFile> runs = new HashMap<>();
    /** The replication whose rows are written next ({@code theory/replication}). */
    private String head;

    /**
     * @param theories the run's theories, in the order their replications are written
     * @param replications replications per theory
     * @param factors whether to write {@code factors.csv} too
     */
    SeriesFiles(OutputFolder folder, Scenario scenario, int steps, List<String> theories, int replications,
                boolean factors) throws IOException {
        this(folder, scenario, steps, theories, replications, factors, BUFFER);
    }

    /** As above, emptying each replication's buffer at {@code buffer} bytes (tests use a small one). */
    SeriesFiles(OutputFolder folder, Scenario scenario, int steps, List<String> theories, int replications,
                boolean factors, int buffer) throws IOException {
        this.replications = replications;
        this.buffer = buffer;
        this.folder = folder;
        this.csv = new SeriesCsv(scenario, steps);
        this.theories = List.copyOf(theories);
        this.series = open(folder.file("series.csv"), SeriesCsv.HEADER);
        this.factors = factors ? open(folder.file("factors.csv"), SeriesCsv.FACTORS_HEADER) : null;
        this.head = key(this.theories.get(0), 0);
    }

    private static FileChannel open(Path file, String header) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        CsvBytes b = new CsvBytes(header.length() + 1);
        b.text(header).ch('\n').drainTo(ch);
        return ch;
    }

    private static String key(String theory, int replication) {
        return theory + "/" + replication;
    }

    @Override
    public synchronized SeriesSink open(String theory, int replication) {
        String k = key(theory, replication);
        RunFile f = new RunFile(theories.indexOf(theory), replication, k.equals(head));
        runs.put(k, f);
        return f;
    }

    /**
     * Writes the rest of a finished replication's rows, which must be the next in order, and lets
     * the replication after it write straight to the files.
     */
    void written(String theory, int replication) throws IOException {
        int t = theories.indexOf(theory);
        boolean last = replication + 1 == replications;
        String nextTheory = !last ? theory : t + 1 < theories.size() ? theories.get(t + 1) : null;
        int nextReplication = last ? 0 : replication + 1;
        RunFile done;
        synchronized (this) {
            done = runs.remove(key(theory, replication));
        }
        if (done == null) {
            throw new IllegalStateException("replication " + replication + " of " + theory + " recorded nothing");
        }
        done.copySpool(); // before the next one may write to the files
        RunFile next;
        synchronized (this) {
            head = nextTheory == null ? null : key(nextTheory, nextReplication);
            next = head == null ? null : runs.get(head);
        }
        if (next != null) {
            next.promote();
        }
    }

    /** Ends both files; every replication must have been {@link #written}. */
    void finish() throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        try (FileChannel s = series; FileChannel f = factors) {
            // closed by try-with-resources
        }
    }

    /** One replication's rows: its buffers and, until it becomes the head, its spool files. */
    private final class RunFile implements SeriesSink {
        private final String name;
        private final CsvBytes seriesRows = new CsvBytes(buffer + 512);
        private final CsvBytes factorRows;
        private boolean direct;
        private FileChannel seriesSpool;
        private FileChannel factorSpool;

        RunFile(int theory, int replication, boolean direct) {
            this.name = ".spool-" + theory + "-" + replication;
            this.direct = direct;
            this.factorRows = factors == null ? null : new CsvBytes(buffer + 512);
        }

        @Override
        public void series(SeriesRow row) {
            csv.append(seriesRows, row);
            if (seriesRows.length() >= buffer) {
                drain(false);
            }
        }

        @Override
        public void factor(FactorRow row) {
            if (factorRows == null) {
                return;
            }
            csv.append(factorRows, row);
            if (factorRows.length() >= buffer) {
                drain(true);
            }
        }

        private synchronized void drain(boolean factor) {
            if ((factor ? factorRows : seriesRows).length() == 0) {
                return; // no spool file for a run that recorded nothing
            }
            try {
                if (factor) {
                    factorRows.drainTo(direct ? factors : (factorSpool = spool(factorSpool, "-factors.csv")));
                } else {
                    seriesRows.drainTo(direct ? series : (seriesSpool = spool(seriesSpool, "-series.csv")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private FileChannel spool(FileChannel open, String suffix) throws IOException {
            return open != null ? open : FileChannel.open(folder.file(name + suffix), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
        }

        @Override
        public void finish() {
            drain(false);
            if (factorRows != null) {
                drain(true);
            }
        }

        /** From now on rows go straight to the files: what was spooled so far is copied first. */
        synchronized void promote() throws IOException {
            copySpool();
            direct = true;
        }

        /** Appends the spool files to the output files and deletes them. */
        synchronized void copySpool() throws IOException {
            seriesSpool = append(seriesSpool, series, "-series.csv");
            factorSpool = append(factorSpool, factors, "-factors.csv");
        }

        private FileChannel append(FileChannel spool, FileChannel to, String suffix) throws IOException {
            if (spool == null) {
                return null;
            }
            long size = spool.size();
            for (long at = 0; at < size; ) {
                at += spool.transferTo(at, size - at, to);
            }
            spool.close();
            Files.delete(folder.file(name + suffix));
            return null;
        }
    }
}
