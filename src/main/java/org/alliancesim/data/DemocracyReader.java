package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads regime-type scores ({@code democracy.csv}, as in peacesciencer): columns {@code ccode,
 * year, v2x_polyarchy, polity2} found by name (others, e.g. {@code xm_qudsest}, ignored); empty
 * cells are missing. A polyarchy outside 0..1, a polity2 outside -10..10, a repeated state-year or
 * a year before 1816 are errors naming the line and column.
 */
public final class DemocracyReader {

    private static final String[] COLUMNS = {"ccode", "year", "v2x_polyarchy", "polity2"};

    private DemocracyReader() {}

    public static RegimeScores read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static RegimeScores read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    private static RegimeScores parse(CsvTable table) throws DataFormatException {
        RegimeScores out = new RegimeScores();
        Map<Long, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int ccode = Fields.bounded(row, "ccode", 1, 999);
            int year = Fields.year(row, "year", CowStatesReader.FIRST_YEAR);
            Long first = seen.putIfAbsent(Fields.key(ccode, year), row.line());
            if (first != null) {
                throw row.error("year", "state-year " + ccode + ", " + year + " already on line " + first
                        + " (duplicated state-year)");
            }
            out.codes().note(ccode, row.line(), "ccode");
            out.put(ccode, year, Fields.optional(row, "v2x_polyarchy", 0, 1),
                    Fields.optional(row, "polity2", -10, 10));
        }
        return out;
    }
}
