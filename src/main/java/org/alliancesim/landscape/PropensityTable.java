package org.alliancesim.landscape;

import java.util.List;
import java.util.Map;

/**
 * A propensity matrix as read from its CSV file, before it is matched with the sizes: the actor
 * named by each header column, and for each actor its row. Values are indexed by header column;
 * the diagonal is NaN (ignored). Rows are complete and the matrix symmetric (checked on read).
 *
 * @param file       file name, for messages
 * @param headerLine line of the header row
 * @param columns    actor names in header order
 * @param rows       row of each actor, keyed by name
 */
record PropensityTable(String file, int headerLine, List<String> columns, Map<String, Row> rows) {

    /** One row of the matrix. */
    record Row(int line, double[] values) {
    }

    /** @return the 1-based column number of an actor in the header (column 1 holds row names) */
    int columnNumber(String actor) {
        return columns.indexOf(actor) + 2;
    }
}
