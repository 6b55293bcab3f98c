package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated file with a header row, read whole, whose columns are looked up by name.
 *
 * <p>Column names are matched ignoring case and surrounding blanks (and a UTF-8 byte-order mark on
 * the first one), so the order of columns does not matter. Missing required columns, rows with too
 * few or too many fields and CSV syntax errors are reported as {@link DataFormatException} with the 1-based line.
 */
final class CsvTable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  private final String source;
  private final Map<String, Integer> columns;
  private final List<CsvRow> rows;

  private CsvTable(String source, Map<String, Integer> columns, List<CsvRow> rows) {
    this.source = source;
    this.columns = columns;
    this.rows = rows;
  }

  /** Reads a UTF-8 file; its file name is used in error messages. */
  static CsvTable read(Path file, String... requiredColumns) throws IOException {
    String source = file.toString();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, source, requiredColumns);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(source, 0, null, "file not found", e);
    }
  }

  /** Reads from {@code in}; {@code source} names the input in error messages. */
  static CsvTable read(Reader in, String source, String... requiredColumns) throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!hasNext(it, parser, source)) {
        throw new DataFormatException(source, 1, null, "file is empty (expected a header row)");
      }
      CSVRecord header = it.next();
      long headerLine = parser.getCurrentLineNumber();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = normalize(header.get(i));
        if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
          throw new DataFormatException(
              source, headerLine, header.get(i).strip(), "column name appears twice in header");
        }
      }
      for (String required : requiredColumns) {
        if (!columns.containsKey(normalize(required))) {
          throw new DataFormatException(
              source, headerLine, required, "required column missing; header is " + header.toList());
        }
      }
      List<CsvRow> rows = new ArrayList<>();
      while (hasNext(it, parser, source)) {
        CSVRecord record = it.next();
        long line = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
          throw new DataFormatException(
              source,
              line,
              null,
              "expected " + header.size() + " fields but found " + record.size()
                  + (record.size() > header.size()
                      ? "; an unquoted comma inside a value (e.g. 303,136,000) shifts every later field"
                      : ""));
        }
        rows.add(new CsvRow(source, line, record.toList(), columns));
      }
      return new CsvTable(source, Collections.unmodifiableMap(columns), List.copyOf(rows));
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> it, CSVParser parser, String source)
      throws DataFormatException {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new DataFormatException(
          source, parser.getCurrentLineNumber(), null, "CSV syntax error: " + cause.getMessage(), e);
    }
  }

  static String normalize(String columnName) {
    String s = columnName;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s.strip().toLowerCase(Locale.ROOT);
  }

  String source() {
    return source;
  }

  boolean hasColumn(String name) {
    return columns.containsKey(normalize(name));
  }

  List<CsvRow> rows() {
    return rows;
  }
}
