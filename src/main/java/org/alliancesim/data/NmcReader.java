package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the COW National Material Capabilities file ({@code NMC-60-abridged.csv} and files in the
 * same layout). Columns are found by name: {@code stateabb, ccode, year, milex, milper, irst, pec,
 * tpop, upop} are required, {@code cinc} is optional and any others (e.g. {@code version}) are
 * ignored. COW marks missing values with {@code -9}; other negative values, non-numbers and
 * duplicate state-years are errors.
 */
public final class NmcReader {

  /** COW's code for a missing value. */
  public static final double MISSING = -9;

  private NmcReader() {}

  public static List<NmcRecord> read(Path file) throws IOException {
    return parse(CsvTable.read(file, requiredColumns()));
  }

  public static List<NmcRecord> read(Reader in, String source) throws IOException {
    return parse(CsvTable.read(in, source, requiredColumns()));
  }

  private static String[] requiredColumns() {
    List<String> cols = new ArrayList<>(List.of("stateabb", "ccode", "year"));
    for (NmcComponent c : NmcComponent.values()) {
      cols.add(c.column());
    }
    return cols.toArray(String[]::new);
  }

  private static List<NmcRecord> parse(CsvTable table) throws DataFormatException {
    boolean hasCinc = table.hasColumn("cinc");
    Map<Long, Long> firstLineOfStateYear = new HashMap<>();
    List<NmcRecord> records = new ArrayList<>(table.rows().size());
    for (CsvRow row : table.rows()) {
      NmcRecord r = record(row, hasCinc);
      Long previous = firstLineOfStateYear.putIfAbsent(((long) r.ccode() << 32) | (r.year() & 0xffffffffL), row.line());
      if (previous != null) {
        throw duplicate(row, r, previous);
      }
      records.add(r);
    }
    return List.copyOf(records);
  }

  /** The record of one row, every field checked (duplicates are the caller's to find). */
  static NmcRecord record(CsvRow row, boolean hasCinc) throws DataFormatException {
    String abb = row.requiredText("stateabb");
    int ccode = row.integer("ccode");
    int year = row.integer("year");
    Map<NmcComponent, OptionalDouble> v = new EnumMap<>(NmcComponent.class);
    for (NmcComponent c : NmcComponent.values()) {
      v.put(c, value(row, c.column()));
    }
    OptionalDouble cinc = hasCinc ? value(row, "cinc") : OptionalDouble.empty();
    return new NmcRecord(
        abb,
        ccode,
        year,
        v.get(NmcComponent.MILEX),
        v.get(NmcComponent.MILPER),
        v.get(NmcComponent.IRST),
        v.get(NmcComponent.PEC),
        v.get(NmcComponent.TPOP),
        v.get(NmcComponent.UPOP),
        cinc);
  }

  static DataFormatException duplicate(CsvRow row, NmcRecord r, long firstLine) {
    return row.error("year", duplicateMessage(r.ccode(), r.year(), firstLine));
  }

  static String duplicateMessage(int ccode, int year, long firstLine) {
    return "duplicate state-year ccode " + ccode + ", year " + year + " (first on line " + firstLine + ")";
  }

  static String[] columns() {
    return requiredColumns();
  }

  private static OptionalDouble value(CsvRow row, String column) throws DataFormatException {
    String text = row.text(column);
    if (text.isEmpty()) {
      throw row.error(column, "empty value (COW marks missing values with -9)");
    }
    double x = row.number(column);
    if (x == MISSING) {
      return OptionalDouble.empty();
    }
    if (x < 0) {
      throw row.error(column, "negative value " + text + " (only -9, meaning missing, is allowed)");
    }
    return OptionalDouble.of(x);
  }
}
