package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.alliancesim.experiment.Replication;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PngFile} writes the bytes ImageIO writes, on images like the charts and on random ones. */
class PngFileTest {

    private static byte[] imageIo(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] ours(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngFile.write(img, out);
        return out.toByteArray();
    }

    /** A figure-like image: white, antialiased lines and text, a translucent band. */
    static BufferedImage drawn(int w, int h, long seed) {
        return drawn(w, h, seed, BufferedImage.TYPE_INT_RGB);
    }

    static BufferedImage drawn(int w, int h, long seed, int type) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setPaint(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            for (int k = 0; k < 30; k++) {
                g.setPaint(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 60 + r.nextInt(196)));
                g.setStroke(new BasicStroke(0.5f + 3 * r.nextFloat()));
                g.draw(new Line2D.Double(r.nextDouble() * w, r.nextDouble() * h, r.nextDouble() * w, r.nextDouble() * h));
            }
            g.setPaint(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11 + r.nextInt(8)));
            g.drawString("commitment 0.25 0.5 0.75 – IRN–RUS", 4, h / 2);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Every pixel random (incompressible rows), alpha bits set too: TYPE_INT_RGB ignores them. */
    static BufferedImage noise(int w, int h, long seed) {
        return noise(w, h, seed, BufferedImage.TYPE_INT_RGB);
    }

    static BufferedImage noise(int w, int h, long seed, int type) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, type);
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextInt();
        }
        return img;
    }

    static Stream<Arguments> images() {
        Random sizes = new Random(17);
        Stream.Builder<Arguments> b = Stream.builder();
        b.add(Arguments.of("1x1 drawn", drawn(1, 1, 1)));
        b.add(Arguments.of("1x1 noise", noise(1, 1, 2)));
        b.add(Arguments.of("chart-sized", drawn(1524, 786, 3)));
        b.add(Arguments.of("noise over several IDAT chunks", noise(300, 200, 4)));
        for (int k = 0; k < 8; k++) {
            int w = 1 + sizes.nextInt(700);
            int h = 1 + sizes.nextInt(300);
            b.add(Arguments.of("drawn " + w + "x" + h, drawn(w, h, 100 + k)));
            b.add(Arguments.of("noise " + w + "x" + h, noise(w, h, 200 + k)));
        }
        int argb = BufferedImage.TYPE_INT_ARGB;
        b.add(Arguments.of("ARGB 1x1", noise(1, 1, 5, argb)));
        b.add(Arguments.of("ARGB drawn on transparent", drawn(640, 480, 6, argb)));
        b.add(Arguments.of("ARGB noise", noise(333, 111, 7, argb)));
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void writesTheBytesImageIoWrites(String name, BufferedImage img) throws IOException {
        assertThat(PngFile.packed(img)).isTrue();
        assertThat(ours(img)).isEqualTo(imageIo(img));
    }

    /** The stability figure of {@link #aggregate()}. */
    static PanelGrid stabilityFigure() throws Exception {
        return StabilityChart.build(aggregate());
    }

    /** A short run of a scenario with an event, two theories, three replications. */
    static RunAggregate aggregate() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "termination", "w2-us-threat-recedes.yaml"));
        RunAggregate agg = new RunAggregate(s, 40);
        for (String t : List.of("balance-of-threat", "schweller-bandwagoning")) {
            agg.add(Replication.run(s, t, 0, 3, 40, List.of()));
        }
        return agg;
    }

    @Test
    void theStabilityFigureIsWrittenAsImageIoWritesIt(@TempDir Path dir) throws Exception {
        PanelGrid grid = stabilityFigure();
        BufferedImage img = grid.image();
        Path png = dir.resolve("f.png");
        grid.savePng(png);
        assertThat(Files.readAllBytes(png)).isEqualTo(imageIo(img));
        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(back.getWidth()).isEqualTo(img.getWidth());
        assertThat(back.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()))
                .isEqualTo(img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
    }

    @Test
    void aChartSavedAsJFreeChartSavesItIsTheSameFile(@TempDir Path dir) throws Exception {
        JFreeChart chart = StabilityChart.panel(aggregate(), 0, "balance-of-threat", "balance of threat", true, true, true);
        Path ours = dir.resolve("ours.png");
        Path theirs = dir.resolve("theirs.png");
        Charts.save(chart, ours, dir.resolve("ours.svg"), 500, 300);
        org.jfree.chart.ChartUtilities.saveChartAsPNG(theirs.toFile(), chart, 500, 300);
        assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(theirs));
    }

    @Test
    void imagesOfOtherLayoutsGoToImageIo(@TempDir Path dir) throws IOException {
        BufferedImage pre = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB_PRE);
        pre.setRGB(3, 4, 0x80ff0000);
        BufferedImage bgr = new BufferedImage(20, 10, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(1, 2, 0x123456);
        BufferedImage sub = drawn(50, 40, 9).getSubimage(5, 5, 20, 20);
        for (BufferedImage img : new BufferedImage[] {pre, bgr, sub}) {
            assertThat(PngFile.packed(img)).isFalse();
            Path png = dir.resolve("o.png");
            PngFile.write(img, png);
            assertThat(Files.readAllBytes(png)).isEqualTo(imageIo(img));
        }
    }
}
