package org.alliancesim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Temporary files and folders with unique names whose permissions follow the user's umask (as any
 * file the user makes: rw-r--r-- and rwxr-xr-x under umask 022), unlike
 * {@code Files.createTempFile}/{@code createTempDirectory}, which always make them private (0600,
 * 0700) and so leave private results once renamed into place. And the one way the project writes a
 * single file whole or not at all.
 */
public final class NewFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewFiles() {
    }

    private static String unique() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A new empty folder {@code parent/prefix<random>}. */
    public static Path folder(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + unique()));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A new empty file {@code dir/prefix<random>suffix}. */
    public static Path file(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + unique() + suffix);
            try (OutputStream o = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                return p;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A temporary file beside {@code target}, ending as it does (so writers that look at the extension agree). */
    public static Path besides(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file(abs.getParent(), ".alliance-sim-tmp-" + name + "-", dot > 0 ? name.substring(dot) : ".tmp");
    }

    /** Moves a finished temporary file onto {@code target}, atomically where the file system can. */
    public static void moveInto(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Renames an existing {@code target} aside, to a new hidden sibling, so that a finished folder
     * can take its name; the caller deletes what it returns once the new one is in place.
     */
    public static Path setAside(Path target) throws IOException {
        Path old = folder(target.getParent(), ".alliance-sim-tmp-old-");
        Files.delete(old);
        Files.move(target, old);
        return old;
    }

    /** Deletes a file or a folder with everything in it (links are removed, not followed); nothing if absent. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes {@code target} whole or not at all (a temporary file beside it, then renamed). */
    public static void writeString(Path target, String text) throws IOException {
        Path tmp = besides(target);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            moveInto(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
