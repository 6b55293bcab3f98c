package org.alliancesim.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code cinc} table: {@code ccode,year,stateabb,cinc} in the order given (CincCalculator
 * sorts by year then ccode), CINC rounded to {@value #SIGNIFICANT_DIGITS} significant digits in
 * plain decimals, {@code -9} for a state-year with no known component, lines ending in '\n'.
 */
public final class CincCsv {

    /** Significant digits written, as many as COW publishes. */
    public static final int SIGNIFICANT_DIGITS = 9;

    private CincCsv() {}

    /** The output table, header included. */
    public static String toCsv(List<CincValue> values) {
        StringWriter sw = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter p = new CSVPrinter(sw, format)) {
            p.printRecord("ccode", "year", "stateabb", "cinc");
            for (CincValue v : values) {
                String cinc =
                        v.cinc().isPresent()
                                ? SignificantDigits.format(v.cinc().getAsDouble(), SIGNIFICANT_DIGITS)
                                : "-9";
                p.printRecord(Integer.toString(v.ccode()), Integer.toString(v.year()), v.stateabb(), cinc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // StringWriter does not fail
        }
        return sw.toString();
    }
}
