package org.alliancesim.scenario;

import org.alliancesim.Location;

/**
 * One thing wrong with an input file: where (file, 1-based line and column, the field's path)
 * and what (the message says what was expected and what was found).
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}, the format compilers use ({@link Location}). */
    @Override
    public String toString() {
        return Location.format(file, line, column, path, message);
    }
}
