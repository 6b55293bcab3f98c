package org.alliancesim.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Where one quoted figure comes from, as a registry line of {@code docs/figures.tsv} names it, and
 * the value found there. The forms:
 * <ul>
 *   <li>{@code FILE [§ HEADING] ~ REGEX}: group 1 of the first match of REGEX in FILE (or in the
 *       section under HEADING: the lines after a line {@code # HEADING}, or {@code ## HEADING}, up to
 *       the next line starting with {@code #});</li>
 *   <li>{@code FILE [§ HEADING] [@ col=value&col=value] : COLUMN [%]}: the cell of the rows of a CSV
 *       file, or of the markdown table under HEADING, that match the filters ({@code c=v}, {@code c!=v},
 *       {@code c>=v}, {@code c<=v}, joined by {@code &}; several rows must agree);
 *       {@code min(COLUMN)} or {@code max(COLUMN)} over the matching rows instead; {@code count}
 *       as the column gives the number of matching rows, a trailing {@code %} multiplies by 100;
 *       FILE (with its heading) and the filters may be left out to reuse the previous figure's;</li>
 *   <li>{@code FILE [§ HEADING]} alone: the quote, figures and all, appears verbatim in the file
 *       (or in that section of it);</li>
 *   <li>{@code test:ClassName}: the test class exists and its source contains the figure, for
 *       figures a unit test checks rather than a committed output.</li>
 * </ul>
 * Files are relative to the repository's root (the tests' working directory).
 */
record FigureSource(String file, String heading, Map<String, String> filters, String column, boolean percent,
                    Pattern regex, String testClass) {

    /** Parses one spec; {@code previous} (or null) supplies what the spec leaves out. */
    static FigureSource parse(String spec, FigureSource previous) {
        String s = spec.strip();
        if (s.startsWith("test:")) {
            return new FigureSource(null, null, Map.of(), null, false, null, s.substring(5).strip());
        }
        int tilde = s.indexOf(" ~ ");
        if (tilde >= 0) {
            String where = s.substring(0, tilde).strip();
            int section = where.indexOf(" § ");
            return new FigureSource(section >= 0 ? where.substring(0, section).strip() : where,
                    section >= 0 ? where.substring(section + 3).strip() : null, Map.of(), null, false,
                    Pattern.compile(s.substring(tilde + 3).strip(), Pattern.MULTILINE), null);
        }
        String column = null;
        boolean percent = false;
        int colon = s.lastIndexOf(" : ");
        if (s.startsWith(": ")) {
            colon = 0;
            s = " " + s;
        }
        if (colon >= 0) {
            column = s.substring(colon + 3).strip();
            if (column.endsWith("%")) {
                percent = true;
                column = column.substring(0, column.length() - 1).strip();
            }
            s = s.substring(0, colon).strip();
        }
        String filterText = null;
        int at = s.startsWith("@ ") ? 0 : s.indexOf(" @ ");
        if (at >= 0) {
            filterText = s.substring(at == 0 ? 2 : at + 3).strip();
            s = s.substring(0, at).strip();
        }
        String file;
        String heading = null;
        if (s.isEmpty()) {
            if (previous == null || previous.file() == null) {
                throw new IllegalArgumentException("'" + spec + "' names no file and follows no figure that does");
            }
            file = previous.file();
            heading = previous.heading();
        } else {
            int section = s.indexOf(" § ");
            file = section >= 0 ? s.substring(0, section).strip() : s;
            heading = section >= 0 ? s.substring(section + 3).strip() : null;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterText != null) {
            for (String f : filterText.split("&")) {
                int eq = f.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("filter '" + f + "' in '" + spec + "' is not col=value");
                }
                filters.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
            }
        } else if (s.isEmpty() && previous != null) {
            filters.putAll(previous.filters());
        }
        return new FigureSource(file, heading, Map.copyOf(filters), column, percent, null, null);
    }

    /** True for a source that only says where the quote appears verbatim. */
    boolean verbatim() {
        return testClass == null && regex == null && column == null;
    }

    /** The text of the file (or of its section), for verbatim quotes. */
    String text() {
        String all = read(file);
        return heading == null ? all : section(all, heading, file);
    }

    /** The value this source gives, as text (a number times 100 when the spec ends with %). */
    String value() {
        if (regex != null) {
            Matcher m = regex.matcher(text());
            if (!m.find()) {
                throw new IllegalStateException(this + ": no match");
            }
            return m.group(1);
        }
        List<Map<String, String>> rows = file.endsWith(".md") ? markdownRows(text(), file) : csvRows(file);
        List<Map<String, String>> hits = rows.stream()
                .filter(r -> filters.entrySet().stream().allMatch(f -> holds(f.getKey(), f.getValue(), r)))
                .toList();
        if ("count".equals(column)) {
            return Integer.toString(hits.size());
        }
        Matcher fn = Pattern.compile("(min|max)\\((.+)\\)").matcher(column);
        if (fn.matches()) {
            java.util.stream.DoubleStream values = hits.stream().map(r -> r.get(fn.group(2)))
                    .filter(v -> v != null && !v.isEmpty()).mapToDouble(Double::parseDouble);
            java.util.OptionalDouble v = fn.group(1).equals("min") ? values.min() : values.max();
            if (v.isEmpty()) {
                throw new IllegalStateException(file + ": no value of " + fn.group(2) + " in the rows matching " + filters);
            }
            String text = java.math.BigDecimal.valueOf(v.getAsDouble()).stripTrailingZeros().toPlainString();
            return percent ? Figures.times100(text) : text;
        }
        if (hits.isEmpty()) {
            throw new IllegalStateException(file + ": no row matches " + filters);
        }
        if (!hits.get(0).containsKey(column)) {
            throw new IllegalStateException(file + ": no column '" + column + "' (columns: " + hits.get(0).keySet() + ")");
        }
        List<String> cells = hits.stream().map(r -> r.get(column)).distinct().toList();
        if (cells.size() != 1) {
            throw new IllegalStateException(file + ": the " + hits.size() + " rows matching " + filters + " differ in "
                    + column + ": " + cells);
        }
        return percent ? Figures.times100(cells.get(0)) : cells.get(0);
    }

    /**
     * Whether a row passes one filter: {@code col=value} and {@code col!=value} compare text,
     * {@code col>=value} and {@code col<=value} numbers (an empty cell passes neither).
     */
    private static boolean holds(String key, String value, Map<String, String> row) {
        for (String op : List.of(">", "<", "!")) {
            if (key.endsWith(op)) {
                String cell = row.get(key.substring(0, key.length() - 1).strip());
                if (op.equals("!")) {
                    return !value.equals(cell);
                }
                if (cell == null || cell.isEmpty()) {
                    return false;
                }
                int c = Double.compare(Double.parseDouble(cell), Double.parseDouble(value));
                return op.equals(">") ? c >= 0 : c <= 0;
            }
        }
        return value.equals(row.get(key));
    }

    /** The source file of a test class under src/test/java. */
    Path testSource() {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            return files.filter(p -> p.getFileName().toString().equals(testClass + ".java")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no test class " + testClass + " under src/test/java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        if (testClass != null) {
            return "test:" + testClass;
        }
        if (regex != null) {
            return file + (heading == null ? "" : " § " + heading) + " ~ " + regex.pattern();
        }
        return file + (heading == null ? "" : " § " + heading) + (filters.isEmpty() ? "" : " @ " + filters)
                + (column == null ? "" : " : " + column + (percent ? " %" : ""));
    }

    /** A file's text, read once per test run (many figures share a file). */
    static String read(String file) {
        return TEXTS.computeIfAbsent(file, f -> {
            try {
                return Files.readString(Path.of(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        });
    }

    private static final Map<String, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, String>>> CSVS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lines under a heading (any level) up to the next heading. */
    private static String section(String text, String heading, String file) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#") && lines.get(i).replaceFirst("^#+\\s*", "").strip().equals(heading)) {
                StringBuilder b = new StringBuilder();
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("#"); j++) {
                    b.append(lines.get(j)).append('\n');
                }
                return b.toString();
            }
        }
        throw new IllegalStateException(file + ": no heading '" + heading + "'");
    }

    private static List<Map<String, String>> csvRows(String file) {
        return CSVS.computeIfAbsent(file, FigureSource::parseCsv);
    }

    private static List<Map<String, String>> parseCsv(String file) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new java.io.StringReader(read(file)))) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first markdown table of the text, as rows keyed by its header cells. */
    private static List<Map<String, String>> markdownRows(String text, String file) {
        List<String> table = text.lines().map(String::strip).dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|")).toList();
        if (table.size() < 2) {
            throw new IllegalStateException(file + ": no markdown table");
        }
        List<String> header = cells(table.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : table.subList(2, table.size())) {
            List<String> cells = cells(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Stream.of(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
