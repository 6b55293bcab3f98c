package org.alliancesim.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.Location;
import org.alliancesim.data.CsvTable;

/**
 * Reads the symmetric propensity matrix {@code p_ij} of a landscape (Axelrod and Bennett,
 * BJPolS 23(2), 1993). The first row is a header: its first cell is any label (or empty), then
 * one actor name per column. Every following row starts with an actor name, then one number per
 * header column. Rows may come in any order. The diagonal cell (an actor's own column) is
 * ignored and may be empty. The matrix must be complete and exactly symmetric.
 */
final class PropensitiesReader {

    private PropensitiesReader() {
    }

    /**
     * @param path the matrix file
     * @return the matrix
     * @throws LandscapeInputException on an empty or duplicate actor name, a missing row or column,
     *                                 a missing or unparsable value, one beyond {@link Landscape#MAX_PROPENSITY}, or asymmetry
     */
    static PropensityTable read(Path path) throws LandscapeInputException {
        String file = path.toString();
        List<CsvTable.Record> rows = LandscapeFiles.records(path);
        if (rows.isEmpty()) {
            throw new LandscapeInputException(Location.format(file, 1, 0, null, "file is empty; expected a header row of actor names"));
        }
        CsvTable.Record header = rows.get(0);
        List<String> columns = columns(file, header);
        Map<String, PropensityTable.Row> byActor = new LinkedHashMap<>();
        for (CsvTable.Record row : rows.subList(1, rows.size())) {
            readRow(file, header.line(), columns, row, byActor);
        }
        for (String actor : columns) {
            if (!byActor.containsKey(actor)) {
                throw new LandscapeInputException(Location.format(file, header.line(), columns.indexOf(actor) + 2, actor,
                        "actor has a column but no row; the matrix is incomplete"));
            }
        }
        PropensityTable matrix = new PropensityTable(file, header.line(), columns, byActor);
        checkSymmetric(matrix, rows);
        return matrix;
    }

    private static List<String> columns(String file, CsvTable.Record header) throws LandscapeInputException {
        List<String> fields = header.fields();
        if (fields.size() < 2) {
            throw new LandscapeInputException(Location.format(file, header.line(), 0, null,
                    "header must name at least one actor after the first cell"));
        }
        List<String> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 1; c < fields.size(); c++) {
            String name = fields.get(c);
            if (name.isEmpty()) {
                throw new LandscapeInputException(Location.format(file, header.line(), c + 1, null,
                        "empty actor name in header"));
            }
            Integer previous = seen.putIfAbsent(name, c + 1);
            if (previous != null) {
                throw new LandscapeInputException(Location.format(file, header.line(), c + 1, name,
                        "duplicate actor '" + name + "' in header (also column " + previous + ")"));
            }
            columns.add(name);
        }
        return columns;
    }

    private static void readRow(String file, int headerLine, List<String> columns, CsvTable.Record row,
                                Map<String, PropensityTable.Row> byActor) throws LandscapeInputException {
        String where = Location.format(file, row.line(), 0, null, "");
        String first = Location.format(file, row.line(), 1, null, "");
        List<String> fields = row.fields();
        String actor = fields.get(0);
        if (actor.isEmpty()) {
            throw new LandscapeInputException(first + "row has no actor name");
        }
        if (byActor.containsKey(actor)) {
            throw new LandscapeInputException(first + "duplicate row for actor '" + actor
                    + "' (first on line " + byActor.get(actor).line() + ")");
        }
        if (!columns.contains(actor)) {
            throw new LandscapeInputException(first + "row actor '" + actor
                    + "' has no column in the header (line " + headerLine + "); the matrix is incomplete");
        }
        int values = fields.size() - 1;
        if (values < columns.size()) {
            throw new LandscapeInputException(where + "row '" + actor + "' has " + values + " values but the header names "
                    + columns.size() + " actors; missing column " + (values + 2) + " '" + columns.get(values) + "'");
        }
        if (values > columns.size()) {
            throw new LandscapeInputException(where + "row '" + actor + "' has " + values
                    + " values but the header names only " + columns.size() + " actors");
        }
        double[] parsed = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            parsed[c] = columns.get(c).equals(actor) ? Double.NaN : value(file, row.line(), c + 2, actor, columns.get(c), fields.get(c + 1));
        }
        byActor.put(actor, new PropensityTable.Row(row.line(), parsed));
    }

    private static double value(String file, int line, int columnNumber, String rowActor, String column, String text)
            throws LandscapeInputException {
        String field = Location.format(file, line, columnNumber, column, "propensity");
        String pair = " of '" + rowActor + "' towards '" + column + "'";
        if (text.isEmpty()) {
            throw new LandscapeInputException(field + pair + " is missing; the matrix is incomplete");
        }
        double v;
        try {
            v = CsvNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw new LandscapeInputException(field + " '" + text + "'" + pair + " is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new LandscapeInputException(field + " '" + text + "'" + pair + " is not a finite number");
        }
        if (Math.abs(v) > Landscape.MAX_PROPENSITY) {
            throw new LandscapeInputException(field + " " + text + pair + " is too large; propensities must be -"
                    + CsvNumbers.format(Landscape.MAX_PROPENSITY) + " to " + CsvNumbers.format(Landscape.MAX_PROPENSITY)
                    + " (scale them all down: the minima do not change)");
        }
        return v;
    }

    private static void checkSymmetric(PropensityTable m, List<CsvTable.Record> rows) throws LandscapeInputException {
        List<String> cols = m.columns();
        for (int i = 0; i < cols.size(); i++) {
            for (int j = i + 1; j < cols.size(); j++) {
                String a = cols.get(i);
                String b = cols.get(j);
                double ab = m.rows().get(a).values()[j];
                double ba = m.rows().get(b).values()[i];
                if (ab != ba) {
                    PropensityTable.Row ra = m.rows().get(a);
                    PropensityTable.Row rb = m.rows().get(b);
                    throw new LandscapeInputException(Location.format(m.file(), ra.line(), j + 2, b, "asymmetric matrix: row '" + a + "' column '" + b + "' (line " + ra.line() + ") = "
                            + text(rows, ra.line(), j) + " but row '" + b + "' column '" + a + "' (line "
                            + rb.line() + ") = " + text(rows, rb.line(), i) + "; propensities must be symmetric"));
                }
            }
        }
    }

    /** The cell as written in the file, for messages. */
    private static String text(List<CsvTable.Record> rows, int line, int column) {
        for (CsvTable.Record row : rows) {
            if (row.line() == line) {
                return row.fields().get(column + 1);
            }
        }
        throw new IllegalStateException("no row on line " + line);
    }
}
