package org.alliancesim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file alliance-sim writes into every output folder it makes ({@value #NAME}). {@code --force}
 * replaces only a folder holding it, so that it can never delete a folder the user made (the
 * working folder, a folder of scenarios). Its content is fixed, so outputs stay byte-identical.
 */
public final class OutputMarker {
    /** The marker's file name. */
    public static final String NAME = ".alliance-sim-output";
    private static final String TEXT = "This folder was written by alliance-sim; --force may replace it whole.\n";

    private OutputMarker() {
    }

    /** Writes the marker into {@code dir}. */
    public static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(NAME), TEXT, StandardCharsets.UTF_8);
    }

    /** Whether {@code dir} holds the marker (a regular file, not a link). */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve(NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
