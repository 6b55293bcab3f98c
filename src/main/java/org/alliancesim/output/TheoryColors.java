package org.alliancesim.output;

import java.awt.Color;
import java.util.Map;

/** One colour per theory, the same in every chart (colour-blind-safe Okabe-Ito palette). */
public final class TheoryColors {
    private static final Map<String, Color> COLORS = Map.of(
            "balance-of-threat", new Color(0, 114, 178),
            "schweller-bandwagoning", new Color(213, 94, 0),
            "walt-bandwagoning", new Color(204, 121, 167),
            "balance-of-power", new Color(0, 158, 115),
            "interdependence", new Color(230, 159, 0),
            "identity", new Color(86, 180, 233),
            "balance-of-interests", new Color(120, 120, 120),
            "landscape", new Color(0, 0, 0));

    private TheoryColors() {
    }

    public static Color of(String theory) {
        return COLORS.getOrDefault(theory, Color.DARK_GRAY);
    }
}
