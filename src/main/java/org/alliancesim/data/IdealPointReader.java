package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the Bailey, Strezhnev and Voeten UN General Assembly ideal-point file ({@code
 * IdealpointestimatesAll_Jun2024.csv}, quoted CSV). Columns {@code ccode, session, IdealPointAll}
 * are required; {@code NVotesAll, iso3c, Countryname} are read when present; others (quantiles,
 * agreement shares, the unnamed row number) are ignored. {@code NA} (or an empty field) in
 * {@code IdealPointAll} or {@code NVotesAll} means missing; rows whose {@code ccode} is {@code NA}
 * (entities without a COW code) are skipped.
 */
public final class IdealPointReader {

    private static final Set<String> NA = Set.of("NA", "");

    private IdealPointReader() {}

    public static IdealPoints read(Path file) throws IOException {
        return parse(CsvTable.read(file, "ccode", "session", "IdealPointAll"));
    }

    public static IdealPoints read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, "ccode", "session", "IdealPointAll"));
    }

    private static IdealPoints parse(CsvTable table) throws DataFormatException {
        boolean hasVotes = table.hasColumn("NVotesAll");
        boolean hasIso = table.hasColumn("iso3c");
        boolean hasName = table.hasColumn("Countryname");
        Map<Long, Long> seen = new HashMap<>();
        List<IdealPoint> points = new ArrayList<>(table.rows().size());
        for (CsvRow row : table.rows()) {
            if (NA.contains(row.text("ccode"))) {
                continue;
            }
            int ccode = row.integer("ccode");
            int session = row.integer("session");
            if (session < 1) {
                throw row.error("session", "sessions are numbered from 1: " + session);
            }
            OptionalDouble ideal = row.numberOrMissing("IdealPointAll", NA);
            OptionalInt votes = OptionalInt.empty();
            if (hasVotes && !NA.contains(row.text("NVotesAll"))) {
                votes = OptionalInt.of(row.integer("NVotesAll"));
            }
            Long first = seen.putIfAbsent(((long) ccode << 32) | (session & 0xffffffffL), row.line());
            if (first != null) {
                throw row.error(
                        "session",
                        "duplicate ccode " + ccode + ", session " + session + " (first on line " + first + ")");
            }
            points.add(
                    new IdealPoint(
                            ccode,
                            session,
                            ideal,
                            votes,
                            hasIso ? orEmpty(row.text("iso3c")) : "",
                            hasName ? orEmpty(row.text("Countryname")) : ""));
        }
        return new IdealPoints(points);
    }

    private static String orEmpty(String s) {
        return "NA".equals(s) ? "" : s;
    }
}
