package org.alliancesim.landscape;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV file read whole, each record with the 1-based line it starts on, for the landscape
 * input readers. Accepts RFC 4180 CSV in UTF-8 (a byte-order mark is skipped); blank lines and
 * lines starting with {@code #} are ignored; spaces around fields are trimmed.
 */
final class CsvTable {

    /** One record and the line it starts on. */
    record Row(int line, List<String> fields) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private final String file;
    private final List<Row> rows;

    private CsvTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = List.copyOf(rows);
    }

    /**
     * @param path the file
     * @return its records; the first is normally the header
     * @throws LandscapeInputException if the file cannot be read or is not valid CSV
     */
    static CsvTable read(Path path) throws LandscapeInputException {
        String file = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LandscapeInputException(file + " line 1: cannot read file (" + describe(e) + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                int embedded = 0;
                for (String f : fields) {
                    embedded += (int) f.chars().filter(c -> c == '\n').count();
                }
                rows.add(new Row((int) parser.getCurrentLineNumber() - embedded, fields));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new LandscapeInputException(file + " line " + (lastLine(rows) + 1)
                    + " or later: malformed CSV (" + describe(e) + ")", e);
        }
        return new CsvTable(file, rows);
    }

    /** @return the file name as given, for messages */
    String file() {
        return file;
    }

    /** @return all records in file order */
    List<Row> rows() {
        return rows;
    }

    private static int lastLine(List<Row> rows) {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).line();
    }

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
