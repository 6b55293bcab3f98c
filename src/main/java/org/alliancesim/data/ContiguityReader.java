package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads COW direct contiguity ({@code contiguity-direct.csv}): columns {@code ccode1, ccode2,
 * conttype, stdate, enddate} found by name, dates as {@code YYYY-MM-DD}. The file is directed (each
 * pair appears both ways); type 0 marks a spell in which the pair is not contiguous (e.g. the
 * United States and Russia before Alaska's statehood). A repeated (ccode1, ccode2, stdate), a type
 * outside 0..5, a state
 * contiguous with itself, an end before the start or a date before 1816 are errors.
 */
public final class ContiguityReader {

    private static final String[] COLUMNS = {"ccode1", "ccode2", "conttype", "stdate", "enddate"};

    private ContiguityReader() {}

    public static Contiguity read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static Contiguity read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    private static Contiguity parse(CsvTable table) throws DataFormatException {
        Contiguity out = new Contiguity();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int a = Fields.bounded(row, "ccode1", 1, 999);
            int b = Fields.bounded(row, "ccode2", 1, 999);
            if (a == b) {
                throw row.error("ccode2", "a state cannot border itself (" + a + ")");
            }
            int type = Fields.bounded(row, "conttype", 0, 5);
            LocalDate start = Fields.isoDate(row, "stdate", CowStatesReader.FIRST_YEAR);
            LocalDate end = Fields.isoDate(row, "enddate", CowStatesReader.FIRST_YEAR);
            Long first = seen.putIfAbsent(a + "/" + b + "/" + start, row.line());
            if (first != null) {
                throw row.error("stdate", "dyad " + a + "-" + b + " from " + start + " already on line "
                        + first + " (duplicated spell)");
            }
            out.codes().note(a, row.line(), "ccode1");
            out.codes().note(b, row.line(), "ccode2");
            out.add(a, b, Fields.spell(row, start, end, "enddate"), type);
        }
        return out;
    }
}
