package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads dated capitals ({@code cow-capitals.csv}): columns {@code ccode, statenme, capital,
 * stdate, enddate, lat, lng} found by name, dates as {@code YYYY-MM-DD}. Overlapping spells of one
 * state (a duplicated capital), coordinates out of range, ends before starts and dates before 1816
 * are errors naming the line and column.
 */
public final class CowCapitalsReader {

    private static final String[] COLUMNS = {
        "ccode", "statenme", "capital", "stdate", "enddate", "lat", "lng"
    };

    private CowCapitalsReader() {}

    public static HistoricalCapitals read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static HistoricalCapitals read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    private static HistoricalCapitals parse(CsvTable table) throws DataFormatException {
        List<DatedCapital> out = new ArrayList<>();
        List<long[]> sites = new ArrayList<>();
        Map<Integer, List<DatedCapital>> own = new HashMap<>();
        Map<DatedCapital, Long> lineOf = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int ccode = Fields.bounded(row, "ccode", 1, 999);
            LocalDate start = Fields.isoDate(row, "stdate", CowStatesReader.FIRST_YEAR);
            LocalDate end = Fields.isoDate(row, "enddate", CowStatesReader.FIRST_YEAR);
            double lat = row.number("lat");
            if (lat < -90 || lat > 90) {
                throw row.error("lat", "latitude " + lat + " outside -90..90");
            }
            double lon = row.number("lng");
            if (lon < -180 || lon > 180) {
                throw row.error("lng", "longitude " + lon + " outside -180..180");
            }
            DatedCapital c = new DatedCapital(ccode, row.requiredText("statenme"),
                    row.requiredText("capital"), Fields.spell(row, start, end, "enddate"), lat, lon);
            for (DatedCapital o : own.getOrDefault(ccode, List.of())) {
                if (o.spell().overlaps(c.spell())) {
                    throw row.error("stdate", "ccode " + ccode + " already has a capital on these dates (line "
                            + lineOf.get(o) + ")");
                }
            }
            own.computeIfAbsent(ccode, k -> new ArrayList<>()).add(c);
            lineOf.put(c, row.line());
            out.add(c);
            sites.add(new long[] {ccode, row.line()});
        }
        HistoricalCapitals h = new HistoricalCapitals(out);
        sites.forEach(x -> h.codes().note((int) x[0], x[1], "ccode"));
        return h;
    }
}
