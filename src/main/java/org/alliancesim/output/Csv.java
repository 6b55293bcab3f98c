package org.alliancesim.output;

/**
 * One text field of a CSV file the project writes, quoted as RFC 4180 (and Commons CSV, which reads
 * them back) requires: a field holding a comma, a double quote or a line break is enclosed in double
 * quotes with inner quotes doubled; any other field is written as it is, so files of ordinary ids
 * and names are byte-identical to unquoted ones.
 */
public final class Csv {
    private Csv() {
    }

    public static String field(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
