package org.alliancesim.output;

import org.alliancesim.NewFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A results folder that appears complete or not at all: files are written into a hidden
 * temporary folder beside the target and renamed into place only by {@link #commit()}. A run
 * that fails or is killed leaves at most the temporary folder (named {@code .alliance-sim-tmp-*},
 * removed on failure and ignored by git), never a half-written {@code --out}.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final boolean force;
    private boolean committed;
    /** True when this command made {@link #target} (an empty run-NNN) and must remove it on failure. */
    private boolean claimed;

    private OutputFolder(Path target, Path temp, boolean force) {
        this.target = target;
        this.temp = temp;
        this.force = force;
    }

    /**
     * Prepares to write the first free {@code base/run-NNN}, claimed by creating it (an atomic
     * operation), so that two commands started together never pick the same folder. A failed command
     * removes the empty folder it claimed.
     */
    public static OutputFolder createNext(Path base) throws OutputException {
        for (int n = 1; n < 1_000_000; n++) {
            Path p = base.resolve(String.format(java.util.Locale.ROOT, "run-%03d", n));
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createDirectories(base);
                Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                continue; // another command claimed it first
            } catch (IOException e) {
                throw new OutputException("cannot create the output folder " + p + ": " + describe(e));
            }
            OutputFolder f;
            try {
                f = create(p, false);
            } catch (OutputException e) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // leave the empty folder
                }
                throw e;
            }
            f.claimed = true;
            return f;
        }
        throw new OutputException("no free run-NNN folder under " + base);
    }

    /**
     * Prepares to write {@code target}. Refuses an existing non-empty folder unless {@code force}.
     *
     * @throws OutputException when the target exists and is not empty, or cannot be created
     */
    public static OutputFolder create(Path target, boolean force) throws OutputException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputException(target + " exists and is not a folder");
        }
        if (Files.isDirectory(abs) && !isEmpty(abs) && !force) {
            throw new OutputException(target + " already exists and is not empty; choose another --out or add --force to replace it");
        }
        try {
            Path parent = abs.getParent();
            Files.createDirectories(parent);
            Path temp = NewFiles.folder(parent, ".alliance-sim-tmp-" + abs.getFileName() + "-");
            OutputMarker.write(temp);
            return new OutputFolder(abs, temp, force);
        } catch (IOException e) {
            throw new OutputException("cannot create the output folder " + target + ": " + describe(e));
        }
    }

    /** The clear message for a failure while writing the results of {@code target}. */
    public static OutputException writeError(Path target, IOException e) {
        return new OutputException("cannot write the results into " + target + ": " + describe(e)
                + "; " + target + " was left as it was");
    }

    /** An I/O failure as one line for the user: what failed, and why in plain words. */
    public static String describeForUser(IOException e) {
        String d = describe(e);
        return e instanceof java.nio.file.FileSystemException ? d : "input/output error: " + d;
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && (m == null || !m.contains(c.getMessage()))) {
                m = (m == null ? "" : m + ": ") + c.getMessage(); // e.g. ImageIO's "I/O error writing PNG file!: File too large"
            }
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String plain = switch (kind) {
            case "AccessDenied" -> "permission denied";
            case "NoSuchFile" -> "no such file or folder (or the file system refuses new folders there)";
            case "FileAlreadyExists" -> "a file of that name is in the way";
            case "NotDirectory" -> "not a folder";
            case "FileSystem" -> "file system error";
            default -> kind;
        };
        return m == null ? plain : m + (e instanceof java.nio.file.FileSystemException ? " (" + plain + ")" : "");
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Where to write a file of the results (inside the temporary folder). */
    public Path file(String name) {
        return temp.resolve(name);
    }

    public Path target() {
        return target;
    }

    /** Moves the finished results into place. */
    public void commit() throws OutputException {
        try {
            Path old = null;
            if (Files.exists(target)) {
                if (!force && !isEmpty(target)) {
                    throw new OutputException(target + " appeared while the run was writing; this run's results were discarded");
                }
                old = NewFiles.setAside(target);
            }
            NewFiles.moveInto(temp, target);
            committed = true;
            if (old != null) {
                NewFiles.deleteTree(old);
            }
        } catch (IOException e) {
            throw new OutputException("cannot move the results into " + target + ": " + describe(e));
        }
    }

    /** Removes the temporary folder unless the results were committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                NewFiles.deleteTree(temp);
                if (claimed && Files.isDirectory(target) && isEmpty(target)) {
                    Files.delete(target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
