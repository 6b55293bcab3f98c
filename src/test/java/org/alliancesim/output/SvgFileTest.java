package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** SvgFile writes the bytes of the document JFreeSVG makes. */
class SvgFileTest {

    @Test
    void bytesAreThoseOfTheDocument() throws Exception {
        SVGGraphics2D g = new SVGGraphics2D(320.5, 200);
        g.setDefsKeyPrefix("test-");
        g.setPaint(new Color(10, 20, 30, 128));
        g.fill(new Rectangle2D.Double(1.25, 2, 100, 50.125));
        g.clip(new Ellipse2D.Double(0, 0, 300, 180)); // a clip path: a defs element
        g.setPaint(Color.BLACK);
        g.drawString("USA–UKR 10–90% band <&>", 12.5f, 30f); // not Latin-1, and escaped characters
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgFile.write(g, out);
        assertThat(out.toByteArray()).isEqualTo(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("<?xml").contains("<defs>").endsWith("</svg>\n");
    }

    @Test
    void anEmptyDrawingToo() throws Exception {
        SVGGraphics2D g = new SVGGraphics2D(10, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgFile.write(g, out);
        assertThat(out.toByteArray()).isEqualTo(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }
}
