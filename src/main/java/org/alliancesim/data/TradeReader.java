package org.alliancesim.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads COW dyadic trade ({@code cow-trade-dyadic.csv}, v4 layout: {@code ccode1, ccode2, year,
 * flow1, flow2}, others ignored) for a span of years. The file has 670,000 rows, so it is read with
 * a line scanner rather than {@link CsvTable}: only the year of every row is parsed, and the codes
 * and flows only of rows in the span. Quoted fields are not supported (COW writes none).
 *
 * <p>A flow is imports of one state from the other in current US$ millions; an empty cell is
 * missing and counts as 0 (COW leaves cells empty where neither side reported). Rows with too few
 * fields (a truncated file), negative or unparsable flows, a state trading with itself, a repeated
 * dyad-year and years before 1870 are errors naming the line and column.
 */
public final class TradeReader {

  /** COW trade begins in 1870. */
  public static final int FIRST_YEAR = 1870;

  private static final String[] COLUMNS = {"ccode1", "ccode2", "year", "flow1", "flow2"};

  private TradeReader() {}

  /** Every year in the file. */
  public static DyadicTrade read(Path file) throws IOException {
    return read(file, FIRST_YEAR, Fields.LAST_YEAR);
  }

  /** Only rows with {@code from <= year <= to} are kept (all rows are still checked for shape). */
  public static DyadicTrade read(Path file, int from, int to) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), from, to);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(file.toString(), 0, null, "file not found", e);
    }
  }

  public static DyadicTrade read(Reader reader, String source, int from, int to) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String header = in.readLine();
    if (header == null) {
      throw new DataFormatException(source, 1, null, "file is empty (expected a header row)");
    }
    String[] names = header.split(",", -1);
    int[] col = new int[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      col[c] = -1;
      for (int i = 0; i < names.length; i++) {
        if (CsvTable.normalize(names[i]).equals(COLUMNS[c])) {
          col[c] = i;
        }
      }
      if (col[c] < 0) {
        throw new DataFormatException(source, 1, COLUMNS[c],
            "required column missing; header is " + Arrays.asList(names));
      }
    }
    int width = names.length;
    Map<Integer, List<long[]>> rows = new TreeMap<>();
    Map<Integer, List<Double>> values = new HashMap<>();
    String[] f = new String[width];
    long line = 1;
    String text;
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    while ((text = in.readLine()) != null) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      if (text.indexOf('"') >= 0) {
        throw new DataFormatException(source, line, null, "quoted fields are not supported here");
      }
      int n = split(text, f);
      if (n != width) {
        throw new DataFormatException(source, line, null,
            "expected " + width + " fields but found " + n);
      }
      int year = integer(f[col[2]], source, line, COLUMNS[2]);
      if (year < FIRST_YEAR || year > Fields.LAST_YEAR) {
        throw new DataFormatException(source, line, "year",
            "year " + year + " outside this file's coverage " + FIRST_YEAR + "-" + Fields.LAST_YEAR);
      }
      if (year < from || year > to) {
        continue;
      }
      int a = integer(f[col[0]], source, line, COLUMNS[0]);
      int b = integer(f[col[1]], source, line, COLUMNS[1]);
      if (a == b) {
        throw new DataFormatException(source, line, "ccode2", "a state cannot trade with itself (" + a + ")");
      }
      double flow = flow(f[col[3]], source, line, COLUMNS[3]) + flow(f[col[4]], source, line, COLUMNS[4]);
      rows.computeIfAbsent(year, y -> new ArrayList<>())
          .add(new long[] {Fields.key(Math.min(a, b), Math.max(a, b)), line});
      values.computeIfAbsent(year, y -> new ArrayList<>()).add(flow);
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    Map<Integer, long[]> keys = new HashMap<>();
    Map<Integer, double[]> flows = new HashMap<>();
    for (Map.Entry<Integer, List<long[]>> e : rows.entrySet()) {
      List<long[]> r = e.getValue();
      List<Double> v = values.get(e.getKey());
      Integer[] order = new Integer[r.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(r.get(x)[0], r.get(y)[0]));
      long[] k = new long[order.length];
      double[] fl = new double[order.length];
      for (int i = 0; i < order.length; i++) {
        k[i] = r.get(order[i])[0];
        fl[i] = v.get(order[i]);
        if (i > 0 && k[i] == k[i - 1]) {
          long here = Math.max(r.get(order[i])[1], r.get(order[i - 1])[1]);
          long there = Math.min(r.get(order[i])[1], r.get(order[i - 1])[1]);
          throw new DataFormatException(source, here, "year", "dyad " + (k[i] >>> 32) + "-" + (int) k[i]
              + ", year " + e.getKey() + " already on line " + there + " (duplicated dyad-year)");
        }
      }
      keys.put(e.getKey(), k);
      flows.put(e.getKey(), fl);
    }
    return new DyadicTrade(first == Integer.MAX_VALUE ? from : first,
        last == Integer.MIN_VALUE ? from - 1 : last, keys, flows);
  }

  private static int split(String text, String[] out) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ',') {
        if (n < out.length) {
          out[n] = text.substring(start, i).strip();
        }
        n++;
        start = i + 1;
      }
    }
    return n;
  }

  private static int integer(String s, String source, long line, String column)
      throws DataFormatException {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new DataFormatException(source, line, column, "not an integer: '" + s + "'");
    }
  }

  private static double flow(String s, String source, long line, String column)
      throws DataFormatException {
    if (s.isEmpty()) {
      return 0;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new DataFormatException(source, line, column, "not a number: '" + s + "'");
    }
    if (!Double.isFinite(v) || v < 0) {
      throw new DataFormatException(source, line, column, "flow must be a non-negative number: '" + s + "'");
    }
    return v;
  }
}
