package org.alliancesim.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Locale-independent plain decimal text of a number rounded to a number of significant digits. */
public final class SignificantDigits {

    private SignificantDigits() {}

    /**
     * E.g. {@code format(0.133060123456, 9)} is {@code "0.133060123"} and {@code format(1.5e-6, 9)}
     * is {@code "0.0000015"}: never exponent notation, no trailing zeros, '.' as decimal separator.
     */
    public static String format(double x, int digits) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not finite: " + x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return d.stripTrailingZeros().toPlainString();
    }
}
