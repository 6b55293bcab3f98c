package org.alliancesim.data;

import java.io.IOException;

/**
 * A data file could not be read because its content is malformed: a required column is missing, a
 * value is not a number, a row is duplicated, and so on. The message names the file, the 1-based
 * line and (when it applies) the column.
 */
public class DataFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String problem;

    /**
     * @param source file name or other description of the input
     * @param line 1-based line number (the header is line 1), or 0 if unknown
     * @param column the column concerned, or {@code null} if none
     * @param problem what is wrong
     */
    public DataFormatException(String source, long line, String column, String problem) {
        this(source, line, column, problem, null);
    }

    public DataFormatException(
            String source, long line, String column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, long line, String column, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(": line ").append(line);
        }
        if (column != null) {
            sb.append(", column '").append(column).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    /** 1-based line number, 0 if unknown. */
    public long line() {
        return line;
    }

    /** The column concerned, or {@code null}. */
    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
