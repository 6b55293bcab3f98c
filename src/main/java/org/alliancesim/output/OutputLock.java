package org.alliancesim.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One writer per output: an exclusive lock on a file beside {@code --out}
 * ({@code .alliance-sim-tmp-<name>.lock}), held from before the first check of {@code --out} until
 * the results are in place. A sweep's work folder is named after its {@code --out}, so the same lock
 * guards it. A second writer (another process, or another command in this JVM) is refused at once
 * with a message naming the folder. The lock file is removed on release; a writer that finds the
 * file it locked already unlinked by the previous holder retries on the new one, so two writers can
 * never both hold a lock.
 */
public final class OutputLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder. */
    public static Path fileFor(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.getParent().resolve(".alliance-sim-tmp-" + abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}.
     *
     * @throws OutputException when another writer holds it, or the lock file cannot be made
     */
    public static OutputLock acquire(Path target) throws OutputException {
        Path f = fileFor(target);
        for (int attempt = 0; attempt < 20; attempt++) {
            FileChannel ch = null;
            try {
                Files.createDirectories(f.getParent());
                Object before = key(f);
                ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                }
                if (l == null) {
                    ch.close();
                    throw busy(target);
                }
                // never open the file again here: closing any descriptor of it drops a POSIX lock
                Object after = key(f);
                if (after != null && after.equals(before)) {
                    return new OutputLock(f, ch, l);
                }
                ch.close(); // the file was created, or replaced by the previous holder's removal: lock again
            } catch (IOException e) {
                closeQuietly(ch);
                throw new OutputException("cannot create the output folder " + target + ": " + OutputFolder.describe(e));
            }
        }
        throw busy(target);
    }

    /** The file's identity (device and inode) without opening it, or null when it is absent. */
    private static Object key(Path f) {
        try {
            return Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static OutputException busy(Path target) {
        return new OutputException("another alliance-sim command is writing " + target
                + "; wait for it to finish or choose another --out");
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Removes the lock file and releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover lock file is harmless: the next writer locks it
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it
        }
        closeQuietly(channel);
    }
}
