package org.alliancesim.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A dated historical event to draw on a replay chart (an annotation, never a model input).
 *
 * @param date as written: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param label the text shown
 */
public record DatedEvent(String date, String label) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public DatedEvent {
        if (!DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** The date as a decimal year (a year alone is its first day). */
    public double year() {
        Matcher m = DATE.matcher(date);
        m.matches();
        double y = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return y + (month - 1) / 12.0 + (day - 1) / 365.0;
    }

    /**
     * Reads a CSV with columns {@code date} and {@code event} (others, such as {@code source_url},
     * are ignored), e.g. {@code /work/shared/data/iran-russia-timeline.csv}.
     *
     * @throws IOException with the file and line of a bad row
     */
    public static List<DatedEvent> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(in, format)) {
            Map<String, Integer> header = p.getHeaderMap();
            if (!header.containsKey("date") || !header.containsKey("event")) {
                throw new IOException(file + ": expected columns 'date' and 'event', found " + header.keySet());
            }
            List<DatedEvent> out = new ArrayList<>();
            for (CSVRecord r : p) {
                try {
                    out.add(new DatedEvent(r.get("date").strip(), r.get("event").strip()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + p.getCurrentLineNumber() + ": " + e.getMessage());
                }
            }
            return out;
        }
    }
}
