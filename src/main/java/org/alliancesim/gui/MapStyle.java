package org.alliancesim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.alliancesim.output.TheoryColors;
import org.alliancesim.world.Level;

/**
 * The map's visual encoding in one place, so the legend and the portrayals cannot disagree:
 * disc colour = decision module (the charts' Okabe-Ito theory colours), disc area = aggregate
 * power, tie width and darkness = level, threat = dashed red arrow.
 */
final class MapStyle {
    static final Color THREAT = new Color(200, 30, 30);
    static final Color BACKGROUND = new Color(236, 240, 244);
    static final Color GLOBE = new Color(250, 252, 255);
    static final Color GRID = new Color(205, 214, 224);
    static final Color TEXT = new Color(25, 25, 25);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /**
     * Disc diameter at zero power and added at full power, in degrees of a map
     * {@link #REFERENCE_WIDTH} degrees wide (discs keep their size on screen whatever the window).
     */
    static final double MIN_DIAMETER = 4;
    static final double POWER_DIAMETER = 22;

    private MapStyle() {
    }

    static Color module(String theory) {
        return TheoryColors.of(theory);
    }

    /** Diameter in map degrees: grows with the square root of power, so area shows power. */
    static final double REFERENCE_WIDTH = 250;

    /**
     * Diameter in degrees of a map {@code mapWidth} degrees wide: grows with the square root of
     * power, so area shows power.
     */
    static double diameter(double power, double mapWidth) {
        return (MIN_DIAMETER + POWER_DIAMETER * Math.sqrt(Math.max(0, power))) * mapWidth / REFERENCE_WIDTH;
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
