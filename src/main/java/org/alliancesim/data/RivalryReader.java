package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Thompson and Dreyer's strategic rivalries ({@code rivalries-thompson-dreyer.csv}): columns
 * {@code rivalryno, rivalryname, ccode1, ccode2, styear, endyear, type1, type2, type3} found by
 * name. The handbook starts in 1494, so years from 1400 are accepted; a repeated rivalry number,
 * a state rival to itself, an unknown type or an end before the start are errors.
 */
public final class RivalryReader {

    /** Earliest year accepted (the handbook's first rivalries begin in 1494). */
    public static final int FIRST_YEAR = 1400;

    /** The rivalry types Thompson and Dreyer code. */
    public static final Set<String> TYPES =
            Set.of("spatial", "positional", "ideological", "interventionary");

    private static final String[] COLUMNS = {
        "rivalryno", "rivalryname", "ccode1", "ccode2", "styear", "endyear", "type1", "type2", "type3"
    };

    private RivalryReader() {}

    public static List<Rivalry> read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static List<Rivalry> read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    private static List<Rivalry> parse(CsvTable table) throws DataFormatException {
        List<Rivalry> out = new ArrayList<>();
        Map<Integer, Long> numbers = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int no = row.integer("rivalryno");
            Long first = numbers.putIfAbsent(no, row.line());
            if (first != null) {
                throw row.error("rivalryno", "rivalry " + no + " already on line " + first);
            }
            int a = Fields.bounded(row, "ccode1", 1, 999);
            int b = Fields.bounded(row, "ccode2", 1, 999);
            if (a == b) {
                throw row.error("ccode2", "a state cannot be its own rival (" + a + ")");
            }
            int start = Fields.year(row, "styear", FIRST_YEAR);
            int end = Fields.year(row, "endyear", FIRST_YEAR);
            if (end < start) {
                throw row.error("endyear", "ends " + end + " before it starts " + start);
            }
            Set<String> types = new HashSet<>();
            for (String col : List.of("type1", "type2", "type3")) {
                String t = row.text(col).toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (!TYPES.contains(t)) {
                    throw row.error(col, "unknown rivalry type '" + t + "'; expected one of " + TYPES);
                }
                types.add(t);
            }
            out.add(new Rivalry(no, row.text("rivalryname"), a, b, start, end, types, row.line()));
        }
        return List.copyOf(out);
    }
}
