package org.alliancesim.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.alliancesim.output.OutputMarker;

/**
 * What {@code --out} may be, checked before any work starts (exit 2 when refused). An empty path is
 * never an output. An existing non-empty folder is replaced (with {@code --force}) only when it is
 * not the working folder or one of its ancestors, holds none of the command's inputs, and holds the
 * {@link OutputMarker} that alliance-sim writes into every output folder.
 */
final class ForceGuard {
    private ForceGuard() {
    }

    /** Refuses an empty {@code --out} whatever the other options. */
    static void checkNotEmpty(String option, Path out) throws InputException {
        if (out != null && out.toString().isBlank()) {
            throw new InputException(option + " is empty; name a folder");
        }
    }

    /**
     * With {@code force}, checks that replacing {@code target} (when it exists and is not empty)
     * cannot delete anything but an earlier output of alliance-sim.
     */
    static void check(Path target, boolean force, Collection<Path> inputs) throws InputException {
        checkNotEmpty("--out", target);
        if (target == null || !force || !Files.isDirectory(target) || isEmpty(target)) {
            return;
        }
        Path real = real(target);
        Path cwd = real(Path.of(""));
        if (cwd.startsWith(real)) {
            throw new InputException("--force refuses to replace " + target + ": it is the working folder or holds it;"
                    + " choose another --out");
        }
        for (Path in : inputs) {
            if (in != null && real(in).startsWith(real)) {
                throw new InputException("--force refuses to replace " + target + ": it holds the input " + in
                        + "; choose another --out");
            }
        }
        if (!OutputMarker.present(real)) {
            throw new InputException("--force refuses to replace " + target + ": it was not written by alliance-sim"
                    + " (it has no " + OutputMarker.NAME + " file); --force only replaces folders alliance-sim wrote."
                    + " Choose another --out, or remove the folder yourself");
        }
    }

    /** Refuses output files that are inputs of the same command (e.g. {@code replay --out events.png} beside events.csv). */
    static void checkFiles(Collection<Path> outputs, Collection<Path> inputs) throws InputException {
        for (Path o : outputs) {
            for (Path in : inputs) {
                if (in != null && real(o).equals(real(in))) {
                    throw new InputException("refusing to write " + o + ": it is the input " + in + "; choose another --out");
                }
            }
        }
    }

    /** The real path when it exists (links resolved), else the absolute normalized path. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException | SecurityException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
