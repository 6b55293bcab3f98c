package org.alliancesim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancesim.Location;
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

    /** The largest events file read (bytes). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public DatedEvent {
        Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            throw new IllegalArgumentException("date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("date '" + date + "' has no month " + month);
            }
            if (m.group(3) != null) {
                int day = Integer.parseInt(m.group(3));
                int days = java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth();
                if (day < 1 || day > days) {
                    throw new IllegalArgumentException("date '" + date + "' is not a day of that month (1 to " + days + ")");
                }
            }
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
        String text = InputText.read(file, MAX_BYTES);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte-order mark would otherwise hide the first column's name
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new java.io.StringReader(text), format);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ":1: the header row is not valid CSV (" + e.getMessage() + ")");
        }
        try (CSVParser p = parser) {
            Map<String, Integer> header = p.getHeaderMap();
            if (!header.containsKey("date") || !header.containsKey("event")) {
                throw new IOException(file + ":1: expected columns 'date' and 'event', found " + header.keySet());
            }
            List<DatedEvent> out = new ArrayList<>();
            long line = 1;
            var it = p.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    throw new IOException(Location.format(file.toString(), line + 1, 0, null,
                            "CSV syntax error in the row starting on this line (an unclosed quote?): "
                                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
                }
                line = p.getCurrentLineNumber();
                if (r.size() != header.size()) {
                    throw new IOException(Location.format(file.toString(), line, 0, null, "expected " + header.size()
                            + " fields (as in the header) but found " + r.size() + "; quote a value that holds a comma"));
                }
                try {
                    out.add(new DatedEvent(r.get("date").strip(), r.get("event").strip()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(Location.format(file.toString(), line, 0, null, e.getMessage()));
                }
            }
            return out;
        }
    }
}
