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
 * A comma-separated file with a header row, read whole, whose columns are looked up by name: the
 * project's one CSV reader.
 *
 * <p>Column names are matched ignoring case and surrounding blanks (and a UTF-8 byte-order mark on
 * the first one), so the order of columns does not matter. Missing required columns, rows with too
 * few or too many fields and CSV syntax errors are reported as {@link DataFormatException} with the 1-based line
 * (and the column, when one is at fault: {@code file:line:column: name: problem}).
 *
 * <p>A file read by position instead (a matrix whose header row names the columns, as the
 * landscape's inputs are) is read with {@link #records(Path)}.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    /** The format of files read by position: as above, and lines starting with {@code #} are comments. */
    private static final CSVFormat RECORDS =
            CSVFormat.DEFAULT.builder()
                    .setCommentMarker('#')
                    .setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setTrim(true)
                    .get();

    /** One record of a file read by position, and the 1-based line it starts on. */
    public record Record(int line, List<String> fields) {}

    /** The header row: its line, its column names as written (trimmed), and each normalized name's index. */
    private record Header(long line, List<String> names, Map<String, Integer> columns) {}

    private final String source;
    private final Header header;
    private final List<CsvRow> rows;

    private CsvTable(String source, Header header, List<CsvRow> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads a UTF-8 file whole; its file name is used in error messages.
     *
     * @param requiredColumns columns the header must have (any others may be there too)
     * @throws DataFormatException if the file is missing or malformed (see the class comment)
     */
    public static CsvTable read(Path file, String... requiredColumns) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        Header header = scanFile(file, rows::add, requiredColumns);
        return new CsvTable(file.toString(), header, List.copyOf(rows));
    }

    /** What {@link #scan} hands each data row to, in file order. */
    interface RowSink {
        void accept(CsvRow row) throws DataFormatException;
    }

    /**
     * Reads a UTF-8 file row by row, as {@link #read(Path, String...)} does but holding only the
     * current row, and returns the header's columns: for files too large to hold whole.
     */
    static Map<String, Integer> scan(Path file, RowSink sink, String... requiredColumns)
            throws IOException {
        return scanFile(file, sink, requiredColumns).columns();
    }

    private static Header scanFile(Path file, RowSink sink, String... requiredColumns)
            throws IOException {
        String source = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataFormatException(source, 0, null, "not a regular file (a device, pipe or folder)");
        }
        if (Files.isRegularFile(file)) {
            byte[] head = new byte[2];
            try (var raw = Files.newInputStream(file)) {
                int n = raw.readNBytes(head, 0, 2);
                if (n == 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
                    throw new DataFormatException(source, 1, null, "the file is UTF-16 text; save it as UTF-8");
                }
            }
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return scan(in, source, sink, requiredColumns);
        } catch (DataFormatException e) {
            if (e.getCause() != null && e.getCause().getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new DataFormatException(source, firstNonUtf8Line(file), null,
                        "not UTF-8 text (Latin-1 or another encoding?); save the file as UTF-8", e);
            }
            throw e;
        } catch (NoSuchFileException e) {
            throw new DataFormatException(source, 0, null, "file not found", e);
        }
    }

    /** Reads from {@code in}; {@code source} names the input in error messages. */
    static CsvTable read(Reader in, String source, String... requiredColumns) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        Header header = scan(in, source, rows::add, requiredColumns);
        return new CsvTable(source, header, List.copyOf(rows));
    }

    private static Header scan(
            Reader in, String source, RowSink sink, String... requiredColumns) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!hasNext(it, parser, source)) {
                throw new DataFormatException(source, 1, null, "file is empty (expected a header row)");
            }
            CSVRecord header = it.next();
            long headerLine = parser.getCurrentLineNumber();
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = normalize(header.get(i));
                names.add(header.get(i).replace("\uFEFF", "").strip());
                if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                    throw new DataFormatException(source, headerLine, i + 1, header.get(i).strip(),
                            "column name appears twice in header", null);
                }
            }
            for (String required : requiredColumns) {
                if (!columns.containsKey(normalize(required))) {
                    throw new DataFormatException(
                            source, headerLine, required, "required column missing; header is " + header.toList());
                }
            }
            while (hasNext(it, parser, source)) {
                CSVRecord record = it.next();
                long line = parser.getCurrentLineNumber();
                if (record.size() < header.size()) {
                    int missing = record.size();
                    throw new DataFormatException(source, line, missing + 1, names.get(missing),
                            "expected " + header.size() + " fields but found " + record.size()
                                    + "; the row stops before this column (truncated file?)", null);
                }
                if (record.size() > header.size()) {
                    throw new DataFormatException(
                            source,
                            line,
                            null,
                            "expected " + header.size() + " fields but found " + record.size()
                                    + (record.size() > header.size()
                                            ? "; an unquoted comma inside a value (e.g. 303,136,000) shifts every later field"
                                            : ""));
                }
                sink.accept(new CsvRow(source, line, record.toList(), columns));
            }
            return new Header(headerLine, List.copyOf(names), Collections.unmodifiableMap(columns));
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> it, CSVParser parser, String source)
            throws DataFormatException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            long line = parser.getCurrentLineNumber();
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw new DataFormatException(source, line + 1, null,
                        "not UTF-8 text (Latin-1 or another encoding?) at or after this line; save the file as UTF-8", e);
            }
            String message = String.valueOf(cause.getMessage());
            java.util.regex.Matcher start = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(message);
            if (start.find()) {
                // Commons CSV reports an unclosed quote where the file ends; name the line it opened on.
                throw new DataFormatException(source, Long.parseLong(start.group(1)), null,
                        "a quoted field opens here and is never closed", e);
            }
            throw new DataFormatException(source, line, null, "CSV syntax error: " + message, e);
        }
    }

    /** The 1-based line of the first byte sequence that is not UTF-8. */
    static long firstNonUtf8Line(Path file) throws IOException {
        long line = 1;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b;
            while ((b = in.read()) >= 0) {
                int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
                if (len == 0) {
                    return line;
                }
                for (int k = 1; k < len; k++) {
                    int c = in.read();
                    if (c < 0 || (c & 0xC0) != 0x80) {
                        return line;
                    }
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    static String normalize(String columnName) {
        String s = columnName;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The file name (or other description of the input) that error messages give. */
    public String source() {
        return source;
    }

    /** The 1-based line of the header row. */
    public long headerLine() {
        return header.line();
    }

    /** Whether the header has this column (ignoring case and surrounding blanks). */
    public boolean hasColumn(String name) {
        return header.columns().containsKey(normalize(name));
    }

    /**
     * Fails unless the header has every column, naming the first one missing.
     *
     * @param layout what the columns are required for, for the message (e.g. {@code "ATOP dyad-years"})
     */
    public void require(String layout, String... required) throws DataFormatException {
        for (String c : required) {
            if (!hasColumn(c)) {
                throw new DataFormatException(source, header.line(), c,
                        "required column missing for " + layout + "; the header is " + header.names());
            }
        }
    }

    /** The data rows, in file order. */
    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Every record of a small UTF-8 file, the header (if any) first, each with the line it starts on
     * (a quoted field may run over several lines). A byte-order mark is skipped; blank lines and lines
     * starting with {@code #} are left out; spaces around fields are trimmed.
     *
     * @throws DataFormatException if the text is not valid CSV: its line is the one after the last
     *     record read (the fault is there or later), its problem {@code malformed CSV (...)}
     * @throws IOException if the file cannot be read (missing, not UTF-8, ...)
     */
    public static List<Record> records(Path path) throws IOException {
        String source = path.toString();
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new java.io.StringReader(text), RECORDS)) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                int embedded = 0;
                for (String f : fields) {
                    embedded += (int) f.chars().filter(c -> c == '\n').count();
                }
                rows.add(new Record((int) parser.getCurrentLineNumber() - embedded, fields));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).line();
            throw new DataFormatException(source, last + 1, null, "malformed CSV (" + describe(e) + ")", e);
        }
        return List.copyOf(rows);
    }

    /** An exception as its simple class name and message, the cause of an unchecked I/O failure unwrapped. */
    public static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
