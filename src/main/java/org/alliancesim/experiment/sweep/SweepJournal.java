package org.alliancesim.experiment.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.alliancesim.BuildId;

/**
 * The work folder of a sweep in progress, beside its output folder and named after it
 * ({@code .alliance-sim-tmp-<name>-sweep}): the build that started it, the sweep's fingerprint
 * (a digest of the sweep file and its base scenario), and one file of
 * {@code runs.csv} rows per finished chunk of points. A chunk file is written under a temporary
 * name, flushed to disk and renamed into place, so at any moment (even after {@code kill -9}) the
 * journal holds only whole chunks; a resumed sweep runs the chunks that are missing.
 */
public final class SweepJournal {
    private static final String FINGERPRINT = "fingerprint";
    private static final String BUILD = "build";
    private final Path dir;

    private SweepJournal(Path dir) {
        this.dir = dir;
    }

    /** The work folder of a sweep writing {@code target}. */
    public static Path folderFor(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.getParent().resolve(".alliance-sim-tmp-" + abs.getFileName() + "-sweep");
    }

    /** Starts a new journal (the folder must not exist). */
    public static SweepJournal create(Path dir, String fingerprint) throws IOException {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir);
        SweepJournal j = new SweepJournal(dir);
        j.writeAtomically(dir.resolve(BUILD), BuildId.get() + "\n");
        j.writeAtomically(dir.resolve(FINGERPRINT), fingerprint + "\n");
        return j;
    }

    /**
     * The build ({@link BuildId}) that started the journal in {@code dir}: a resumed sweep must be
     * run by the same build, or its rows would mix two models' results.
     *
     * @return the id, or {@code "unknown (a journal without a build id)"} for a journal written before builds were recorded
     */
    public static String build(Path dir) throws IOException {
        Path f = dir.resolve(BUILD);
        return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).trim()
                : "unknown (a journal without a build id)";
    }

    /**
     * Opens an existing journal to resume it, removing partly written files.
     *
     * @return null when the journal belongs to another sweep (its fingerprint differs)
     */
    public static SweepJournal open(Path dir, String fingerprint) throws IOException {
        Path f = dir.resolve(FINGERPRINT);
        if (!Files.isRegularFile(f) || !Files.readString(f, StandardCharsets.UTF_8).trim().equals(fingerprint)
                || !build(dir).equals(BuildId.get())) {
            return null;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".part-*")) {
            for (Path p : s) {
                Files.delete(p);
            }
        }
        return new SweepJournal(dir);
    }

    public Path dir() {
        return dir;
    }

    private Path chunkFile(int chunk) {
        return dir.resolve(String.format(Locale.ROOT, "chunk-%07d.csv", chunk));
    }

    public boolean has(int chunk) {
        return Files.isRegularFile(chunkFile(chunk));
    }

    /** The rows of a finished chunk. */
    public Path chunk(int chunk) {
        return chunkFile(chunk);
    }

    /** Records a finished chunk: its rows appear under the chunk's name whole or not at all. */
    public void write(int chunk, CharSequence rows) throws IOException {
        writeAtomically(chunkFile(chunk), rows);
    }

    private void writeAtomically(Path target, CharSequence text) throws IOException {
        Path part = org.alliancesim.NewFiles.file(dir, ".part-", ".tmp");
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(text));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        org.alliancesim.NewFiles.moveInto(part, target);
    }
}
