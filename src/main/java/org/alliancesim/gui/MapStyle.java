package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import org.alliancesim.output.TheoryColors;
import org.alliancesim.world.Level;

/**
 * The map's visual encoding in one place, so the legend and the drawing cannot disagree: disc
 * colour = decision module (the charts' Okabe-Ito theory colours), tie width and darkness = level,
 * threat = dashed red arrow (disc area = aggregate power, in {@link MapPanel}).
 */
final class MapStyle {
    static final Color THREAT = new Color(200, 30, 30);
    static final Color TEXT = new Color(25, 25, 25);

    private MapStyle() {
    }

    static Color module(String theory) {
        return TheoryColors.of(theory);
    }

    static Color tie(Level level) {
        return switch (level) {
            case ALIGNMENT -> new Color(160, 160, 160);
            case COALITION -> new Color(90, 90, 90);
            case ALLIANCE -> new Color(0, 0, 0);
            case NONE -> new Color(0, 0, 0, 0);
        };
    }

    /** Tie line width in pixels. */
    static float tieWidth(Level level) {
        return switch (level) {
            case ALIGNMENT -> 3f;
            case COALITION -> 7f;
            case ALLIANCE -> 12f;
            case NONE -> 0f;
        };
    }

    /** Dashed stroke for a threat arrow; width grows with the threat, in [0,1]. */
    static Stroke threatStroke(double threat) {
        float w = (float) (1.5 + 3.5 * threat);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f);
    }
}
