package org.alliancesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Saves a JFreeChart (1.0.19 API) as PNG and as SVG (JFreeSVG). */
public final class Charts {
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Panel titles in small multiples. */
    public static final Font PANEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private Charts() {
    }

    public static void save(JFreeChart chart, Path png, Path svg, int width, int height) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        // what ChartUtilities.saveChartAsPNG writes (an ARGB image through ImageIO), by PngFile
        PngFile.write(chart.createBufferedImage(width, height), png);
        SVGGraphics2D g2 = SvgFile.graphics(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        SvgFile.write(g2, svg);
    }

    /** A dashed grey stroke for threshold markers. */
    public static BasicStroke dashed() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }
}
