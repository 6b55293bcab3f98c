package org.alliancesim.output;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * The figures of {@code compare}: one chart per scenario of its focal ties' commitment over time
 * with the theories overlaid ({@link StabilityChart}, restricted to the ties that ever stood), and
 * {@code overview.png}, a grid of small charts, one per scenario, of its first tie that stood: a
 * single page to show a class how the same alliance ends for different reasons under each theory.
 */
public final class ComparisonCharts {
    static final int TILE_WIDTH = 520;
    static final int TILE_HEIGHT = 320;
    static final int COLUMNS = 3;

    private ComparisonCharts() {
    }

    /** The chart of one scenario's focal ties that stood. */
    public static JFreeChart scenario(ScenarioOutcome o) {
        List<Integer> pairs = o.pairsThatStood();
        return StabilityChart.explained(StabilityChart.build(o.aggregate(), pairs, o.label() + ": focal ties by theory"));
    }

    /** Writes the grid of small charts as a PNG. */
    public static void overview(List<ScenarioOutcome> outcomes, Path png) throws IOException {
        int cols = Math.min(COLUMNS, Math.max(1, outcomes.size()));
        int rows = (outcomes.size() + cols - 1) / cols;
        int header = 40;
        BufferedImage img = new BufferedImage(cols * TILE_WIDTH, header + Math.max(1, rows) * TILE_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("How the focal tie fares under each theory, one scenario per panel "
                    + "(solid: commitment, 10-90% band; dashed: what the focal state wants)", 12, 27);
            for (int n = 0; n < outcomes.size(); n++) {
                BufferedImage tile = tile(outcomes.get(n)).createBufferedImage(TILE_WIDTH, TILE_HEIGHT);
                g.drawImage(tile, (n % cols) * TILE_WIDTH, header + (n / cols) * TILE_HEIGHT, null);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", png.toFile());
    }

    private static JFreeChart tile(ScenarioOutcome o) {
        int k = o.pairsThatStood().get(0);
        JFreeChart chart = StabilityChart.build(o.aggregate(), List.of(k), o.label());
        chart.setTitle(new TextTitle(o.label() + " (" + o.pairLabel(k) + ")", new Font(Font.SANS_SERIF, Font.BOLD, 13)));
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
        return chart;
    }
}
