package org.alliancesim.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a quoted figure is compared with the value its source gives. */
final class Figures {
    private Figures() {
    }

    /** Text with every run of whitespace made one space, as markdown reads it. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether the quoted figure says what the source value does: numbers are equal when the value
     * rounded (half up, as {@code printf}) to the figure's decimals equals the figure (a typographic
     * minus, thousands commas and a trailing % in the figure are read as such); anything else must be
     * the same text. A value that is not a number by itself is read by its first word
     * ({@code 0.516 [0.494, 0.534]} is 0.516 to a figure of 0.516).
     */
    static boolean matches(String figure, String value) {
        BigDecimal f = number(figure);
        String v = value.strip();
        BigDecimal n = number(v);
        if (n == null && f != null && !v.isEmpty()) {
            n = number(v.split("\\s+")[0]);
        }
        if (f == null || n == null) {
            return figure.strip().equals(v);
        }
        return n.setScale(Math.max(0, f.scale()), RoundingMode.HALF_UP).compareTo(f) == 0;
    }

    /** A number's text times 100 (a share as a percentage). */
    static String times100(String value) {
        BigDecimal n = number(value);
        return n == null ? value : n.movePointRight(2).toPlainString();
    }

    /** The figure as a number, or null if it is not one. */
    static BigDecimal number(String text) {
        String t = text.strip().replace('\u2212', '-').replace(",", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (!t.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }
}
