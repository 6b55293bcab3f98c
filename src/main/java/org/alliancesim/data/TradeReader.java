package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
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
        try {
            return parse(Files.readAllBytes(file), file.toString(), from, to);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file.toString(), 0, null, "file not found", e);
        }
    }

    public static DyadicTrade read(Reader reader, String source, int from, int to) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buf = new char[8192];
        int r;
        while ((r = reader.read(buf)) > 0) {
            text.append(buf, 0, r);
        }
        return parse(text.toString().getBytes(StandardCharsets.UTF_8), source, from, to);
    }

    /**
     * Scans the bytes line by line without making a string per line: the year is parsed in place,
     * and codes and flows only for rows in the span.
     */
    private static DyadicTrade parse(byte[] bytes, String source, int from, int to) throws IOException {
        int pos = 0;
        int eol = lineEnd(bytes, 0);
        if (bytes.length == 0 || eol == 0 && bytes.length <= 1) {
            throw new DataFormatException(source, 1, null, "file is empty (expected a header row)");
        }
        String header = new String(bytes, 0, eol, StandardCharsets.UTF_8);
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
        Columns rows = new Columns();
        int[] cut = new int[width + 1];
        long line = 1;
        pos = next(bytes, eol);
        while (pos < bytes.length) {
            line++;
            eol = lineEnd(bytes, pos);
            if (blank(bytes, pos, eol)) {
                pos = next(bytes, eol);
                continue;
            }
            int n = 1;
            cut[0] = pos;
            for (int i = pos; i < eol; i++) {
                byte c = bytes[i];
                if (c == ',') {
                    if (n < width) {
                        cut[n] = i + 1;
                    }
                    n++;
                } else if (c == '"') {
                    throw new DataFormatException(source, line, null, "quoted fields are not supported here");
                }
            }
            if (n != width) {
                throw new DataFormatException(source, line, null,
                        "expected " + width + " fields but found " + n);
            }
            cut[width] = eol + 1;
            int year = integer(bytes, cut, col[2], source, line, COLUMNS[2]);
            if (year < FIRST_YEAR || year > Fields.LAST_YEAR) {
                throw new DataFormatException(source, line, col[2] + 1, "year",
                        "year " + year + " outside this file's coverage " + FIRST_YEAR + "-" + Fields.LAST_YEAR, null);
            }
            rows.count(year);
            if (year >= from && year <= to) {
                int a = integer(bytes, cut, col[0], source, line, COLUMNS[0]);
                int b = integer(bytes, cut, col[1], source, line, COLUMNS[1]);
                if (a == b) {
                    throw new DataFormatException(source, line, col[1] + 1, "ccode2",
                            "a state cannot trade with itself (" + a + ")", null);
                }
                double flow = flow(bytes, cut, col[3], source, line, COLUMNS[3])
                        + flow(bytes, cut, col[4], source, line, COLUMNS[4]);
                rows.add(year, Fields.key(Math.min(a, b), Math.max(a, b)), flow, line);
                rows.site(a, line, COLUMNS[0]);
                rows.site(b, line, COLUMNS[1]);
            }
            pos = next(bytes, eol);
        }
        return rows.toTrade(source, from);
    }

    /** Index of the line's end (its '\n' or '\r', or the end of the bytes). */
    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int next(byte[] b, int eol) {
        int i = eol;
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A field's text, trimmed. */
    private static String field(byte[] b, int[] cut, int i) {
        return new String(b, cut[i], cut[i + 1] - 1 - cut[i], StandardCharsets.ISO_8859_1).strip();
    }

    /** An integer field parsed in place (digits with an optional sign and surrounding blanks). */
    private static int integer(byte[] b, int[] cut, int i, String source, long line, String column)
            throws DataFormatException {
        int s = cut[i];
        int e = cut[i + 1] - 1;
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        boolean neg = s < e && b[s] == '-';
        int k = neg || (s < e && b[s] == '+') ? s + 1 : s;
        if (k >= e || e - k > 9) {
            throw new DataFormatException(source, line, i + 1, column, "not an integer: '" + field(b, cut, i) + "'", null);
        }
        int v = 0;
        for (; k < e; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                throw new DataFormatException(source, line, i + 1, column, "not an integer: '" + field(b, cut, i) + "'", null);
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    /** The kept rows in primitive arrays, then grouped by year with sorted pair keys. */
    private static final class Columns {
        private int size;
        private int[] year = new int[1 << 16];
        private long[] key = new long[1 << 16];
        private double[] flow = new double[1 << 16];
        private long[] line = new long[1 << 16];
        private final Map<Integer, Integer> all = new HashMap<>();

        private final CodeSites sites = new CodeSites();

        void site(int code, long l, String column) {
            sites.note(code, l, column);
        }

        void count(int y) {
            all.merge(y, 1, Integer::sum);
        }

        void add(int y, long k, double f, long l) {
            if (size == year.length) {
                int m = size * 2;
                year = Arrays.copyOf(year, m);
                key = Arrays.copyOf(key, m);
                flow = Arrays.copyOf(flow, m);
                line = Arrays.copyOf(line, m);
            }
            year[size] = y;
            key[size] = k;
            flow[size] = f;
            line[size] = l;
            size++;
        }

        DyadicTrade toTrade(String source, int from) throws DataFormatException {
            Map<Integer, Integer> count = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                count.merge(year[i], 1, Integer::sum);
            }
            Map<Integer, Integer> fill = new HashMap<>();
            Map<Integer, long[]> keys = new HashMap<>();
            Map<Integer, double[]> flows = new HashMap<>();
            Map<Integer, long[]> lines = new HashMap<>();
            count.forEach((y, c) -> {
                keys.put(y, new long[c]);
                flows.put(y, new double[c]);
                lines.put(y, new long[c]);
                fill.put(y, 0);
            });
            for (int i = 0; i < size; i++) {
                int at = fill.merge(year[i], 1, Integer::sum) - 1;
                keys.get(year[i])[at] = key[i];
                flows.get(year[i])[at] = flow[i];
                lines.get(year[i])[at] = line[i];
            }
            for (int y : count.keySet()) {
                sortByKey(keys.get(y), flows.get(y), lines.get(y));
                long[] k = keys.get(y);
                long[] l = lines.get(y);
                for (int i = 1; i < k.length; i++) {
                    if (k[i] == k[i - 1]) {
                        throw new DataFormatException(source, Math.max(l[i], l[i - 1]), "year", "dyad " + (k[i] >>> 32)
                                + "-" + (int) k[i] + ", year " + y + " already on line " + Math.min(l[i], l[i - 1])
                                + " (duplicated dyad-year)");
                    }
                }
            }
            if (count.isEmpty()) {
                return withSites(new DyadicTrade(from, from - 1, keys, flows, all));
            }
            TreeMap<Integer, Integer> years = new TreeMap<>(count);
            return withSites(new DyadicTrade(years.firstKey(), years.lastKey(), keys, flows, all));
        }

        private DyadicTrade withSites(DyadicTrade t) {
            sites.first().forEach((code, s) -> t.codes().note(code, s.line(), s.column()));
            return t;
        }
    }

    /** Sorts the three arrays by key; a no-op for files sorted by dyad (COW's order). */
    private static void sortByKey(long[] k, double[] f, long[] l) {
        boolean sorted = true;
        for (int i = 1; i < k.length && sorted; i++) {
            sorted = k[i - 1] <= k[i];
        }
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[k.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(k[x], k[y]));
        long[] k2 = k.clone();
        double[] f2 = f.clone();
        long[] l2 = l.clone();
        for (int i = 0; i < order.length; i++) {
            k[i] = k2[order[i]];
            f[i] = f2[order[i]];
            l[i] = l2[order[i]];
        }
    }

    /** Powers of ten exactly representable as doubles. */
    private static final double[] TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /**
     * A flow parsed in place: plain decimals with at most 15 significant digits take the exact fast
     * path (an integer mantissa divided by an exact power of ten, one correctly rounded operation,
     * so the value equals {@link Double#parseDouble}'s); anything else goes through it.
     */
    private static double flow(byte[] b, int[] cut, int i, String source, long line, String column)
            throws DataFormatException {
        int s = cut[i];
        int e = cut[i + 1] - 1;
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (s == e) {
            return 0;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        boolean plain = true;
        for (int k = s; k < e && plain; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                plain = false;
            }
        }
        if (plain && digits > 0 && digits <= 15 && scale <= 22) {
            return scale <= 0 ? mantissa : mantissa / TEN[scale];
        }
        return flow(field(b, cut, i), source, line, i + 1, column);
    }

    private static double flow(String s, String source, long line, int columnNumber, String column)
            throws DataFormatException {
        if (s.isEmpty()) {
            return 0;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, line, columnNumber, column, "not a number: '" + s + "'", null);
        }
        if (!Double.isFinite(v) || v < 0) {
            throw new DataFormatException(source, line, columnNumber, column,
                    "flow must be a non-negative number: '" + s + "'", null);
        }
        return v;
    }
}
