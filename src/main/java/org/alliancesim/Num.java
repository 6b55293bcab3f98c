package org.alliancesim;

/**
 * Writes numbers for CSV files the same way on every machine and in every locale: at most six
 * decimals, a dot, no exponent, no trailing zeros.
 */
public final class Num {
    private Num() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        long scaled = Math.round(v * 1e6);
        if (Math.abs(v) >= 9e12) {
            return java.math.BigDecimal.valueOf(v).toPlainString();
        }
        StringBuilder sb = new StringBuilder(16);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000;
        long frac = scaled % 1_000_000;
        sb.append(whole);
        if (frac != 0) {
            sb.append('.');
            String f = Long.toString(frac + 1_000_000).substring(1);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append(f, 0, end);
        }
        return sb.toString();
    }
}
