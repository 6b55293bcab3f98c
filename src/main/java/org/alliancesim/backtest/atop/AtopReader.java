package org.alliancesim.backtest.atop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancesim.data.CsvRow;
import org.alliancesim.data.CsvTable;
import org.alliancesim.data.DataFormatException;

/**
 * Reads an ATOP file of either layout, told apart by its header: dyad-years
 * ({@code ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral, atop_nonagg,
 * atop_consul}; ATOP v5) or member records ({@code atopid, member, yrent, yrexit, defense,
 * offense, neutral, nonagg, consul}; ATOP v4.01), for any span of years. ATOP's dyad-year file lists
 * each dyad in both orders, and the two rows differ where an obligation binds one side only; the
 * non-directed dyad-year holds every obligation either row records (a pact in force between them). Every problem is a
 * {@link DataFormatException} naming file, line and column: a truncated row, a missing column, a
 * value that is not 0/1, a state code the COW system list does not know, a dyad-year listed twice
 * in the same order, a year outside the span the file's name states ({@code ...-1815-1954.csv}, or
 * {@code ...-to-1954.csv} for the last year only).
 */
public final class AtopReader {
    static final String[] DYAD_COLUMNS = {"ccode1", "ccode2", "year", "atop_defense", "atop_offense", "atop_neutral",
        "atop_nonagg", "atop_consul"};
    static final String[] MEMBER_COLUMNS = {"atopid", "member", "yrent", "yrexit", "defense", "offense", "neutral",
        "nonagg", "consul"};
    private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})\\D*$");
    private static final Pattern UNTIL = Pattern.compile("to-(\\d{4})\\D*$");

    private AtopReader() {
    }

    /**
     * @param knownCode which COW state codes exist (e.g. from {@code cow-states.csv}); null accepts any
     *     code from 1 to 999
     */
    public static AllianceTable read(Path file, IntPredicate knownCode) throws IOException {
        CsvTable sheet = CsvTable.read(file);
        IntPredicate known = knownCode != null ? knownCode : c -> c <= 999;
        int[] named = namedSpan(file);
        if (sheet.hasColumn("atop_defense") || !sheet.hasColumn("atopid")) {
            sheet.require("ATOP dyad-years", DYAD_COLUMNS);
            return dyadYears(sheet, known, named);
        }
        sheet.require("ATOP member records", MEMBER_COLUMNS);
        return AtopMembers.read(sheet, known, named);
    }

    /** The year span a file's name states, or null. */
    static int[] namedSpan(Path file) {
        String name = file.getFileName().toString();
        Matcher until = UNTIL.matcher(name);
        if (until.find()) {
            return new int[] {Integer.MIN_VALUE, Integer.parseInt(until.group(1))};
        }
        Matcher m = SPAN.matcher(name);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a <= b ? new int[] {a, b} : null;
    }

    private static AllianceTable dyadYears(CsvTable sheet, IntPredicate known, int[] named) throws IOException {
        Map<Long, Integer> bits = new HashMap<>();
        Map<Long, Long> lines = new HashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (CsvRow r : sheet.rows()) {
            int a = code(r, "ccode1", known);
            int b = code(r, "ccode2", known);
            if (a == b) {
                throw r.error("ccode2", "a state cannot be allied with itself (" + a + ")");
            }
            int year = year(r, "year", named);
            int v = 0;
            for (Obligation o : Obligation.values()) {
                v |= r.flag(o.dyadColumn()) ? o.bit() : 0;
            }
            long directed = ((long) year << 40) | ((long) a << 20) | b;
            Long before = lines.putIfAbsent(directed, r.line());
            if (before != null) {
                throw r.error("year", "dyad " + a + "-" + b + " in " + year + " is listed twice (first on line "
                        + before + ")");
            }
            bits.merge(DyadYearTable.key(year, a, b), v, (x, z) -> x | z);
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        if (sheet.rows().isEmpty()) {
            throw new DataFormatException(sheet.source(), sheet.headerLine(), null, "no dyad-years after the header");
        }
        if (named != null) {
            first = named[0] == Integer.MIN_VALUE ? first : named[0];
            last = named[1];
        }
        return new DyadYearTable(sheet.source(), first, last, bits);
    }

    static int code(CsvRow r, String column, IntPredicate known) throws DataFormatException {
        int c = r.integer(column);
        if (c < 1 || !known.test(c)) {
            throw r.error(column, "unknown state code " + c + " (not in the COW state system list)");
        }
        return c;
    }

    static int year(CsvRow r, String column, int[] named) throws DataFormatException {
        int y = r.integer(column);
        if (named != null && (y < named[0] || y > named[1])) {
            throw r.error(column, "year " + y + " lies outside the file's coverage "
                    + (named[0] == Integer.MIN_VALUE ? "up to " : named[0] + "-") + named[1] + " (stated in its name)");
        }
        if (y < 1000 || y > 9999) {
            throw r.error(column, "not a plausible year: " + y);
        }
        return y;
    }

    /** The state codes of a COW system list ({@code cow-states.csv}: a {@code ccode} column). */
    public static java.util.Set<Integer> cowCodes(Path file) throws IOException {
        CsvTable sheet = CsvTable.read(file);
        sheet.require("the COW state list", "ccode");
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (CsvRow r : sheet.rows()) {
            out.add(r.integer("ccode"));
        }
        return out;
    }
}
