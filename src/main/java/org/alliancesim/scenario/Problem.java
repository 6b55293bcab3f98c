package org.alliancesim.scenario;

/**
 * One thing wrong with an input file: where (file, 1-based line and column, the field's path)
 * and what (the message says what was expected and what was found).
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}, the format compilers use. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
