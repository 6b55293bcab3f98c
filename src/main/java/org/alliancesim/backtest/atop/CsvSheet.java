package org.alliancesim.backtest.atop;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancesim.data.DataFormatException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header, read whole, with its rows' line numbers and typed access that names
 * file, line and column in every error. Truncated rows (fewer fields than the header) are errors.
 */
final class CsvSheet {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();

    final String source;
    final long headerLine;
    final List<String> header;
    private final Map<String, Integer> columns;
    final List<Row> rows;

    private CsvSheet(String source, long headerLine, List<String> header, List<Row> rows) {
        this.source = source;
        this.headerLine = headerLine;
        this.header = header;
        this.rows = rows;
        this.columns = new HashMap<>();
        for (int k = 0; k < header.size(); k++) {
            columns.putIfAbsent(header.get(k), k);
        }
    }

    static CsvSheet read(Path file) throws IOException {
        String source = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(source, 0, null, "file not found", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DataFormatException(source, 0, null, "not a UTF-8 text file", e);
        }
    }

    static CsvSheet read(Reader in, String source) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!hasNext(it, parser, source)) {
                throw new DataFormatException(source, 1, null, "file is empty (expected a header row)");
            }
            CSVRecord h = it.next();
            long headerLine = parser.getCurrentLineNumber();
            List<String> header = new ArrayList<>();
            for (String s : h.toList()) {
                String name = (header.isEmpty() && s.startsWith("\uFEFF") ? s.substring(1) : s).strip()
                        .toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && header.contains(name)) {
                    throw new DataFormatException(source, headerLine, name, "column name appears twice in the header");
                }
                header.add(name);
            }
            List<Row> rows = new ArrayList<>();
            CsvSheet sheet = new CsvSheet(source, headerLine, List.copyOf(header), rows);
            while (hasNext(it, parser, source)) {
                CSVRecord r = it.next();
                long line = parser.getCurrentLineNumber();
                if (r.size() < header.size()) {
                    throw new DataFormatException(source, line, header.get(r.size()), "the row stops after "
                            + r.size() + " of " + header.size() + " fields (truncated file?)");
                }
                rows.add(sheet.new Row(line, r.toList()));
            }
            return sheet;
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> it, CSVParser parser, String source) throws DataFormatException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DataFormatException(source, parser.getCurrentLineNumber(), null,
                    "CSV syntax error (truncated file?): " + cause.getMessage(), e);
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Fails unless every column is in the header, naming the first one missing. */
    void require(String layout, String... required) throws DataFormatException {
        for (String c : required) {
            if (!has(c)) {
                throw new DataFormatException(source, headerLine, c, "required column missing for " + layout
                        + "; the header is " + header);
            }
        }
    }

    /** One data row. */
    final class Row {
        final long line;
        private final List<String> values;

        Row(long line, List<String> values) {
            this.line = line;
            this.values = values;
        }

        String text(String column) {
            return values.get(columns.get(column)).strip();
        }

        int integer(String column) throws DataFormatException {
            String s = text(column);
            if (!s.matches("[+-]?\\d{1,9}")) {
                throw error(column, s.isEmpty() ? "empty value (expected an integer)" : "not an integer: '" + s + "'");
            }
            return Integer.parseInt(s);
        }

        boolean flag(String column) throws DataFormatException {
            String s = text(column);
            if (s.equals("0")) {
                return false;
            }
            if (s.equals("1")) {
                return true;
            }
            throw error(column, "expected 0 or 1, found '" + s + "'");
        }

        DataFormatException error(String column, String problem) {
            return new DataFormatException(source, line, column, problem);
        }
    }
}
