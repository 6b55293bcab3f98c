package org.alliancesim.data;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** One data row of a {@link CsvTable}, with typed access by column name and precise errors. */
public final class CsvRow {

    /** Plain decimal numbers only: no NaN, Infinity, hexadecimal or type suffixes. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private final String source;
    private final long line;
    private final List<String> values;
    private final Map<String, Integer> columns;

    CsvRow(String source, long line, List<String> values, Map<String, Integer> columns) {
        this.source = source;
        this.line = line;
        this.values = values;
        this.columns = columns;
    }

    /** 1-based line number in the file (the header is line 1). */
    public long line() {
        return line;
    }

    String source() {
        return source;
    }

    /** Whether the header has this column. */
    boolean hasColumn(String column) {
        return columns.containsKey(CsvTable.normalize(column));
    }

    /** The trimmed text of a column, which must exist in the header. */
    public String text(String column) {
        Integer i = columns.get(CsvTable.normalize(column));
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + source);
        }
        return values.get(i).strip();
    }

    /** A non-empty text value. */
    String requiredText(String column) throws DataFormatException {
        String s = text(column);
        if (s.isEmpty()) {
            throw error(column, "empty value");
        }
        return s;
    }

    /** An integer of at most nine digits. */
    public int integer(String column) throws DataFormatException {
        String s = text(column);
        if (s.isEmpty()) {
            throw error(column, "empty value (expected an integer)");
        }
        if (!INTEGER.matcher(s).matches()) {
            throw error(column, "not an integer: '" + s + "'");
        }
        return Integer.parseInt(s);
    }

    double number(String column) throws DataFormatException {
        String s = text(column);
        if (!DECIMAL.matcher(s).matches()) {
            throw error(column, "not a number: '" + s + "'");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw error(column, "number out of range: '" + s + "'");
        }
        return v;
    }

    /** A flag written {@code 0} or {@code 1}. */
    public boolean flag(String column) throws DataFormatException {
        String s = text(column);
        if (s.equals("0")) {
            return false;
        }
        if (s.equals("1")) {
            return true;
        }
        throw error(column, "expected 0 or 1, found '" + s + "'");
    }

    /**
     * A number, or empty if the text is one of {@code missingMarkers} (compared exactly after
     * trimming).
     */
    OptionalDouble numberOrMissing(String column, Set<String> missingMarkers)
            throws DataFormatException {
        if (missingMarkers.contains(text(column))) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number(column));
    }

    /** An error at this row's cell of {@code column}: file, line, column number and name, problem. */
    public DataFormatException error(String column, String problem) {
        Integer i = columns.get(CsvTable.normalize(column));
        return new DataFormatException(source, line, i == null ? 0 : i + 1, column, problem, null);
    }
}
