package org.alliancesim.landscape;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reading and writing numbers in the landscape CSV files, independent of the default locale.
 * Input is a plain decimal such as {@code -0.5}, {@code 3} or {@code 1.2e-3} (a dot as decimal
 * separator, no thousands separators); {@code NaN} and {@code Infinity} are recognised so they
 * can be rejected as non-finite. Output is rounded to 12 significant digits and written in plain
 * notation without trailing zeros ({@code 0.875}, {@code -6}, {@code 0.333333333333}), the same
 * on every machine.
 */
final class CsvNumbers {

    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);

    private CsvNumbers() {
    }

    /**
     * @param text trimmed field text
     * @return the value; may be NaN or infinite (spelled out, or overflowing like {@code 1e999})
     * @throws NumberFormatException if the text is not a decimal number
     */
    static double parse(String text) {
        if (NON_FINITE.matcher(text).matches()) {
            return Double.parseDouble(text.toLowerCase(java.util.Locale.ROOT).contains("nan") ? "NaN"
                    : text.startsWith("-") ? "-Infinity" : "Infinity");
        }
        return new BigDecimal(text).doubleValue();
    }

    /**
     * @param value a finite number
     * @return deterministic plain-decimal text, 12 significant digits, {@code "0"} for zero
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0.0) {
            return "0";
        }
        return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /**
     * @param value a finite number
     * @return the shortest plain-decimal text that reads back as exactly {@code value}
     *     ({@code 1}, {@code 0.1}, {@code 1.1733057768412345}), the same on every machine
     */
    static String formatExact(double value) {
        if (value == 0.0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
