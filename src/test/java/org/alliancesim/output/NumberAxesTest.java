package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class NumberAxesTest {

    @Test
    void aCopyIsTheAxisTheConstructorMakesWithoutStandardTickUnits() {
        NumberAxis fresh = new NumberAxis("IRN-RUS");
        fresh.setStandardTickUnits(null);
        assertThat(NumberAxes.of("IRN-RUS")).isEqualTo(fresh);
        NumberAxis unlabelled = new NumberAxis(null);
        unlabelled.setStandardTickUnits(null);
        assertThat(NumberAxes.of(null)).isEqualTo(unlabelled);
    }

    @Test
    void copiesShareNoSettings() {
        NumberAxis a = NumberAxes.of("a");
        a.setRange(2, 5);
        a.setTickUnit(new NumberTickUnit(0.5));
        NumberAxis b = NumberAxes.of("b");
        assertThat(b.getRange()).isEqualTo(new NumberAxis().getRange());
        assertThat(b.isAutoTickUnitSelection()).isTrue();
        assertThat(a.getPlot()).isNull();
    }

    private static int[] draw(NumberAxis y) {
        XYSeries s = new XYSeries("s");
        for (int t = 0; t < 50; t++) {
            s.add(t, Math.sin(t / 7.0) / 2 + 0.5);
        }
        NumberAxis x = new NumberAxis("x");
        y.setRange(-0.03, 1.03);
        y.setTickUnit(new NumberTickUnit(0.25));
        JFreeChart chart = new JFreeChart(new XYPlot(new XYSeriesCollection(s), x, y, new XYLineAndShapeRenderer(true, false)));
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle(0, 0, 300, 200));
        g.dispose();
        return img.getRGB(0, 0, 300, 200, null, 0, 300);
    }

    @Test
    void anAxisWithAFixedTickUnitDrawsAsAFreshOne() {
        assertThat(draw(NumberAxes.of("y"))).isEqualTo(draw(new NumberAxis("y")));
    }

    @Test
    void anAxisLeftToChooseItsTickUnitWithoutUnitsFailsWhenDrawn() {
        NumberAxis y = NumberAxes.of("y");
        JFreeChart chart = new JFreeChart(new XYPlot(new XYSeriesCollection(new XYSeries("s")), new NumberAxis("x"), y,
                new XYLineAndShapeRenderer()));
        Graphics2D g = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB).createGraphics();
        assertThatThrownBy(() -> chart.draw(g, new Rectangle(0, 0, 100, 100))).isInstanceOf(NullPointerException.class);
    }
}
