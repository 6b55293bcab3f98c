package org.alliancesim.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code cinc} table of an NMC file of any length, in bounded memory: the same bytes as
 * {@code CincCsv.toCsv(CincCalculator.compute(NmcReader.read(file)))}, without holding the file.
 *
 * <p>A first pass checks every row (as {@link NmcReader} does) and sums each year's system totals
 * in file order (so every share is the same double); later passes each re-read the file and keep
 * only the rows of a run of consecutive years, at most {@code batch} rows (or one whole year, if a
 * year alone has more), which are sorted by ccode, checked for duplicate state-years and written.
 * Memory is therefore bounded by the batch (a few tens of bytes a row) and the number of distinct
 * years, not by the file; a file that fits one batch takes two passes.
 */
public final class CincStream {

    /** Bytes a held row costs at most (key, share, line, name reference, sorting). */
    private static final int BYTES_PER_ROW = 64;

    private CincStream() {}

    /** What a conversion did: rows read, passes over the file, and the most rows held at once. */
    public record Report(long rows, int passes, int mostRowsHeld) {}

    /** Rows held at once by default: a tenth of this JVM's heap, between 10,000 and 4,000,000. */
    public static int defaultBatch() {
        long rows = Runtime.getRuntime().maxMemory() / 10 / BYTES_PER_ROW;
        return (int) Math.max(10_000, Math.min(4_000_000, rows));
    }

    /** Writes the table of {@code nmc} to {@code out} with the default batch. */
    public static Report write(Path nmc, Writer out) throws IOException {
        return write(nmc, out, defaultBatch());
    }

    /**
     * Writes the table of {@code nmc} to {@code out}, holding at most {@code batch} rows at once.
     * Bad input throws {@link DataFormatException} (file, line, column); rows of earlier years may
     * have been written by then, so write to a temporary file.
     */
    public static Report write(Path nmc, Writer out, int batch) throws IOException {
        TreeMap<Integer, YearTotals> years = new TreeMap<>();
        long[] rows = {0};
        Map<String, Integer> columns = CsvTable.scan(
                nmc,
                row -> {
                    NmcRecord r = NmcReader.record(row, row.hasColumn("cinc"));
                    years.computeIfAbsent(r.year(), y -> new YearTotals()).add(r);
                    rows[0]++;
                },
                NmcReader.columns());
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        p.printRecord("ccode", "year", "stateabb", "cinc");
        int passes = 1;
        int most = 0;
        List<Integer> ys = new ArrayList<>(years.keySet());
        for (int from = 0; from < ys.size(); ) {
            int to = from;
            long held = years.get(ys.get(from)).rows;
            while (to + 1 < ys.size() && held + years.get(ys.get(to + 1)).rows <= batch) {
                to++;
                held += years.get(ys.get(to)).rows;
            }
            Batch b = new Batch((int) held);
            int lo = ys.get(from);
            int hi = ys.get(to);
            CsvTable.scan(
                    nmc,
                    row -> {
                        int year = row.integer("year");
                        if (year >= lo && year <= hi) {
                            b.add(NmcReader.record(row, row.hasColumn("cinc")), row.line(), years.get(year));
                        }
                    },
                    NmcReader.columns());
            passes++;
            most = Math.max(most, b.size);
            b.write(p, nmc.toString(), columns.get("year") + 1);
            from = to + 1;
        }
        p.flush();
        return new Report(rows[0], passes, most);
    }

    /** One year's system totals, summed in file order as {@link CincCalculator} sums them. */
    private static final class YearTotals {
        final double[] total = new double[NmcComponent.values().length];
        long rows;

        void add(NmcRecord r) {
            for (NmcComponent c : NmcComponent.values()) {
                OptionalDouble v = r.component(c);
                if (v.isPresent()) {
                    total[c.ordinal()] += v.getAsDouble();
                }
            }
            rows++;
        }

        /** The CINC of one record, exactly as {@link CincCalculator#computeYear} computes it. */
        OptionalDouble cinc(NmcRecord r) {
            double sum = 0;
            int used = 0;
            for (NmcComponent c : NmcComponent.values()) {
                OptionalDouble v = r.component(c);
                double t = total[c.ordinal()];
                if (v.isPresent() && t > 0) {
                    sum += v.getAsDouble() / t;
                    used++;
                }
            }
            return used == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / used);
        }
    }

    /** The rows of a run of years: their sort keys, CINCs, lines and names. */
    private static final class Batch {
        final long[] key;
        final double[] cinc;
        final long[] line;
        final String[] abb;
        final Map<String, String> names = new HashMap<>();
        int size;

        Batch(int capacity) {
            key = new long[capacity];
            cinc = new double[capacity];
            line = new long[capacity];
            abb = new String[capacity];
        }

        void add(NmcRecord r, long at, YearTotals totals) {
            key[size] = ((long) r.year() << 32) | ((r.ccode() ^ 0x80000000) & 0xffffffffL);
            OptionalDouble c = totals.cinc(r);
            cinc[size] = c.isPresent() ? c.getAsDouble() : Double.NaN;
            line[size] = at;
            abb[size] = names.computeIfAbsent(r.stateabb(), s -> s);
            size++;
        }

        /** @param yearColumn the 1-based place of the {@code year} column, for the message of a duplicate */
        void write(CSVPrinter p, String source, int yearColumn) throws IOException {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Long.compare(line[a], line[b]));
            DataFormatException dup = null;
            for (int k = 1; k < size; k++) {
                int a = order[k - 1];
                int b = order[k];
                if (key[a] == key[b] && (dup == null || line[b] < dup.line())) {
                    int year = (int) (key[b] >> 32);
                    int ccode = (int) key[b] ^ 0x80000000;
                    dup = new DataFormatException(source, line[b], yearColumn, "year",
                            NmcReader.duplicateMessage(ccode, year, line[a]), null);
                }
            }
            if (dup != null) {
                throw dup;
            }
            for (int i : order) {
                String c = Double.isNaN(cinc[i]) ? "-9" : SignificantDigits.format(cinc[i], CincCsv.SIGNIFICANT_DIGITS);
                p.printRecord(Integer.toString((int) key[i] ^ 0x80000000), Integer.toString((int) (key[i] >> 32)), abb[i], c);
            }
        }
    }
}
