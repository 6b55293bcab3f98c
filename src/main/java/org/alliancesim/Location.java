package org.alliancesim;

/**
 * Where a problem with an input file lies, written the way compilers write it (GNU style):
 * {@code FILE:LINE:COLUMN: FIELD: MESSAGE}, e.g. {@code nmc.csv:12:3: milex: not a number: 'x'}.
 * The one format of every located error message: scenario files, data tables, landscape inputs
 * and alliance tables alike.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 if unknown (then the column is left out too)
 * @param column 1-based column (a character in YAML, a field in CSV), or 0 if unknown
 * @param field the field concerned (a YAML path, a CSV column's header name), or null or empty if none
 */
public record Location(String file, long line, int column, String field) {

    /** The location with the message after it, unknown parts left out: {@code FILE:LINE: MESSAGE}. */
    public String format(String message) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }

    /** {@code new Location(file, line, column, field).format(message)}. */
    public static String format(String file, long line, int column, String field, String message) {
        return new Location(file, line, column, field).format(message);
    }
}
