package org.alliancesim.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Typed fields shared by the historical-data readers: years and dates checked against a file's
 * coverage, and numbers that may be missing (an empty cell). Every error names the file, line and
 * column through {@link CsvRow#error}.
 */
final class Fields {

    /** Latest year any of the data sets can hold (guards against typos such as 19145). */
    static final int LAST_YEAR = 2100;

    private Fields() {}

    /** An integer year in [{@code min}, {@link #LAST_YEAR}]. */
    static int year(CsvRow row, String column, int min) throws DataFormatException {
        int y = row.integer(column);
        if (y < min || y > LAST_YEAR) {
            throw row.error(column, "year " + y + " outside this file's coverage " + min + "-" + LAST_YEAR);
        }
        return y;
    }

    /** An integer in [{@code min}, {@code max}]. */
    static int bounded(CsvRow row, String column, int min, int max) throws DataFormatException {
        int v = row.integer(column);
        if (v < min || v > max) {
            throw row.error(column, "value " + v + " outside " + min + ".." + max);
        }
        return v;
    }

    /** A date from year, month and day columns (the COW membership layout). */
    static LocalDate date(CsvRow row, String yearCol, String monthCol, String dayCol, int min)
            throws DataFormatException {
        int y = year(row, yearCol, min);
        int m = bounded(row, monthCol, 1, 12);
        int d = bounded(row, dayCol, 1, 31);
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw row.error(dayCol, "no such date " + y + "-" + m + "-" + d);
        }
    }

    /** An ISO date {@code YYYY-MM-DD} whose year lies in [{@code min}, {@link #LAST_YEAR}]. */
    static LocalDate isoDate(CsvRow row, String column, int min) throws DataFormatException {
        String s = row.requiredText(column);
        LocalDate d;
        try {
            d = LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw row.error(column, "not a date (expected YYYY-MM-DD): '" + s + "'");
        }
        if (d.getYear() < min || d.getYear() > LAST_YEAR) {
            throw row.error(
                    column, "date " + s + " outside this file's coverage " + min + "-" + LAST_YEAR);
        }
        return d;
    }

    /** A spell whose end must not precede its start; the error names the end column. */
    static Spell spell(CsvRow row, LocalDate start, LocalDate end, String endColumn)
            throws DataFormatException {
        if (end.isBefore(start)) {
            throw row.error(endColumn, "ends " + end + " before it starts " + start);
        }
        return new Spell(start, end);
    }

    /** A number, or empty when the cell is empty (these files mark missing values so). */
    static OptionalDouble optional(CsvRow row, String column) throws DataFormatException {
        return row.text(column).isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(row.number(column));
    }

    /** A number in [{@code min}, {@code max}], or empty when the cell is empty. */
    static OptionalDouble optional(CsvRow row, String column, double min, double max)
            throws DataFormatException {
        OptionalDouble v = optional(row, column);
        if (v.isPresent() && (v.getAsDouble() < min || v.getAsDouble() > max)) {
            throw row.error(column, "value " + row.text(column) + " outside " + min + ".." + max);
        }
        return v;
    }

    /** A key for a pair of codes or a code and a year. */
    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
