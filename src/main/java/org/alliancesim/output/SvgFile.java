package org.alliancesim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes what an {@link SVGGraphics2D} drew as the UTF-8 bytes of its
 * {@link SVGGraphics2D#getSVGDocument()}: the document's prologue (the XML declaration and the
 * doctype), its {@code <svg>} element and a newline, written one after the other instead of
 * copied into one more string of the whole document first (a 1 MB figure's document costs its
 * builder about 10 MB of copies). The prologue and the ending are taken from the document of an
 * empty drawing, so they are JFreeSVG's own; {@code SvgFileTest} compares the bytes.
 */
final class SvgFile {
    private SvgFile() {
    }

    /**
     * A drawing of {@code width} x {@code height} for a figure: its ids fixed (JFreeSVG's default
     * prefix holds the clock), so that the same figure has the same bytes, and its numbers written
     * by {@link ShortestDouble}, which writes them as JFreeSVG's default does.
     */
    static SVGGraphics2D graphics(double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("alliance-sim-");
        g.setGeomDoubleConverter(ShortestDouble::toString);
        g.setTransformDoubleConverter(ShortestDouble::toString);
        return g;
    }

    /** The document of an empty drawing, around its element (made once, when first asked for). */
    private static final class Empty {
        static final String DOCUMENT = graphics(1, 1).getSVGDocument();
        static final String PROLOGUE = DOCUMENT.substring(0, DOCUMENT.indexOf("<svg"));
        static final String ENDING = DOCUMENT.substring(DOCUMENT.lastIndexOf("</svg>") + "</svg>".length());
    }

    static void write(SVGGraphics2D g, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(g, out);
        }
    }

    static void write(SVGGraphics2D g, OutputStream out) throws IOException {
        out.write(Empty.PROLOGUE.getBytes(StandardCharsets.UTF_8));
        out.write(g.getSVGElement().getBytes(StandardCharsets.UTF_8));
        out.write(Empty.ENDING.getBytes(StandardCharsets.UTF_8));
    }
}
