package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads COW State System Membership ({@code cow-states.csv}, v2016 layout): columns {@code
 * stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday} found by name.
 * One row per membership spell; a state may have several (France, Germany). Spells of one state
 * that overlap, an abbreviation used for two codes, dates before 1816 or ends before starts are
 * errors naming the line and column.
 */
public final class CowStatesReader {

    /** COW's state system begins in 1816. */
    public static final int FIRST_YEAR = 1816;

    private static final String[] COLUMNS = {
        "stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"
    };

    private CowStatesReader() {}

    public static StateSystem read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static StateSystem read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    private static StateSystem parse(CsvTable table) throws DataFormatException {
        List<Membership> out = new ArrayList<>();
        Map<Integer, List<Membership>> own = new HashMap<>();
        Map<Membership, Long> lineOf = new HashMap<>();
        Map<String, CsvRow> abbRow = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String abb = row.requiredText("stateabb");
            int ccode = Fields.bounded(row, "ccode", 1, 999);
            LocalDate start = Fields.date(row, "styear", "stmonth", "stday", FIRST_YEAR);
            LocalDate end = Fields.date(row, "endyear", "endmonth", "endday", FIRST_YEAR);
            Membership m = new Membership(ccode, abb, row.requiredText("statenme"),
                    Fields.spell(row, start, end, "endyear"));
            for (Membership o : own.getOrDefault(ccode, List.of())) {
                if (o.spell().overlaps(m.spell())) {
                    throw row.error("styear", "ccode " + ccode + " has a spell overlapping the one on line "
                            + lineOf.get(o) + " (duplicated state)");
                }
            }
            CsvRow first = abbRow.putIfAbsent(abb.toUpperCase(Locale.ROOT), row);
            if (first != null && !first.text("ccode").equals(row.text("ccode"))) {
                throw row.error("stateabb", "abbreviation " + abb + " already names ccode "
                        + first.text("ccode") + " on line " + first.line());
            }
            own.computeIfAbsent(ccode, c -> new ArrayList<>()).add(m);
            lineOf.put(m, row.line());
            out.add(m);
        }
        if (out.isEmpty()) {
            throw new DataFormatException(table.source(), 0, null, "no rows");
        }
        return new StateSystem(out);
    }
}
