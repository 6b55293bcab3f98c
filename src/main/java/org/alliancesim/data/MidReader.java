package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads directed dyadic dispute years ({@code mid-directed-dispute-years.csv}, the
 * Gibler-Miller-Little layout as in peacesciencer): columns {@code dispnum, ccode1, ccode2, year,
 * hostlev1, hostlev2, revstate1, revtype11} found by name, others ignored ({@code -9} in
 * {@code revstate1} or {@code revtype11} is missing and reads as "not revisionist"). A repeated
 * (dispute, ccode1, ccode2, year), a hostility level outside 1..5, a state in dispute with itself
 * or a year before 1816 are errors naming the line and column.
 */
public final class MidReader {

    private static final String[] COLUMNS = {
        "dispnum", "ccode1", "ccode2", "year", "hostlev1", "hostlev2", "revstate1", "revtype11"
    };

    /** The MID code for a missing value. */
    public static final int MISSING = -9;

    private MidReader() {}

    public static List<DisputeYear> read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static List<DisputeYear> read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    /** {@code revstate1}: 1 revisionist, 0 not, -9 (MID's missing code) read as not. */
    private static boolean revisionist(CsvRow row) throws DataFormatException {
        int v = row.integer("revstate1");
        if (v != 0 && v != 1 && v != MISSING) {
            throw row.error("revstate1", "value " + v + " is not 0, 1 or -9 (missing)");
        }
        return v == 1;
    }

    private static List<DisputeYear> parse(CsvTable table) throws DataFormatException {
        List<DisputeYear> out = new ArrayList<>(table.rows().size());
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int dispute = row.integer("dispnum");
            int a = Fields.bounded(row, "ccode1", 1, 999);
            int b = Fields.bounded(row, "ccode2", 1, 999);
            if (a == b) {
                throw row.error("ccode2", "a state cannot be in dispute with itself (" + a + ")");
            }
            int year = Fields.year(row, "year", CowStatesReader.FIRST_YEAR);
            String key = dispute + "/" + a + "/" + b + "/" + year;
            Long first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                throw row.error("year", "dispute " + dispute + ", dyad " + a + "-" + b + ", year " + year
                        + " already on line " + first + " (duplicated dispute-year)");
            }
            int revType = row.integer("revtype11");
            out.add(new DisputeYear(dispute, a, b, year, Fields.bounded(row, "hostlev1", 1, 5),
                    Fields.bounded(row, "hostlev2", 1, 5), revisionist(row),
                    revType < 0 ? 0 : revType, row.line()));
        }
        return List.copyOf(out);
    }
}
