package org.alliancesim.data;

import java.io.IOException;
import org.alliancesim.Location;

/**
 * A data file could not be read because its content is malformed: a required column is missing, a
 * value is not a number, a row is duplicated, and so on. The message names the file, the 1-based
 * line and (when it applies) the column, as {@link Location} writes it:
 * {@code nmc.csv:12:3: milex: not a number: 'x'} (column number 3, header name {@code milex}).
 */
public class DataFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int columnNumber;
    private final String column;
    private final String problem;

    /**
     * @param source file name or other description of the input
     * @param line 1-based line number (the header is line 1), or 0 if unknown
     * @param column the column's header name, or {@code null} if none
     * @param problem what is wrong
     */
    public DataFormatException(String source, long line, String column, String problem) {
        this(source, line, 0, column, problem, null);
    }

    public DataFormatException(
            String source, long line, String column, String problem, Throwable cause) {
        this(source, line, 0, column, problem, cause);
    }

    /**
     * As {@link #DataFormatException(String, long, String, String)}, with the column's place too.
     *
     * @param columnNumber the column's 1-based position in the row, or 0 if unknown
     */
    public DataFormatException(
            String source, long line, int columnNumber, String column, String problem, Throwable cause) {
        super(Location.format(source, line, columnNumber, column, problem), cause);
        this.source = source;
        this.line = line;
        this.columnNumber = columnNumber;
        this.column = column;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** 1-based line number, 0 if unknown. */
    public long line() {
        return line;
    }

    /** The column's 1-based position, 0 if unknown. */
    public int columnNumber() {
        return columnNumber;
    }

    /** The column concerned, or {@code null}. */
    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
