package org.alliancesim.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Writes an image of packed RGB or ARGB ints ({@link BufferedImage#TYPE_INT_RGB},
 * {@link BufferedImage#TYPE_INT_ARGB}, as figures and JFreeChart's own images are) as PNG, the
 * same bytes as {@code ImageIO.write(image, "png", file)} of Java 17 with its default settings:
 * the signature, IHDR (8 bits, colour type 2 or 6, no interlace), the rows unfiltered (ImageIO
 * filters only palette images) and deflated at level 4 in IDAT chunks of 32,768 bytes, then
 * IEND. {@code PngFileTest} checks the equality on drawn and random images.
 *
 * <p>Why not ImageIO: cold, in a one-shot command, its writer cost the default {@code run} about
 * 0.05 s of CPU (its plugin registry, a copy of every row into a new raster and an int per
 * sample, a CRC table walked in Java); this reads the image's pixels in place. Other images go
 * to ImageIO.
 */
final class PngFile {
    /** ImageIO's default deflate level for PNG (Java 9 and later). */
    static final int LEVEL = 4;
    /** ImageIO's IDAT chunk length. */
    static final int CHUNK = 32768;
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private PngFile() {
    }

    static void write(BufferedImage image, Path file) throws IOException {
        if (!packed(image)) {
            ImageIO.write(image, "png", file.toFile());
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(image, out);
        }
    }

    /**
     * Whether {@code image} is packed RGB or (not premultiplied) ARGB ints, one per pixel, as
     * {@code new BufferedImage(w, h, TYPE_INT_RGB)} or {@code TYPE_INT_ARGB} makes.
     */
    static boolean packed(BufferedImage image) {
        WritableRaster r = image.getRaster();
        int type = image.getType();
        return (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && r.getDataBuffer() instanceof DataBufferInt
                && r.getSampleModel() instanceof SinglePixelPackedSampleModel && r.getParent() == null
                && r.getMinX() == 0 && r.getMinY() == 0 && r.getSampleModelTranslateX() == 0
                && r.getSampleModelTranslateY() == 0 && r.getDataBuffer().getNumBanks() == 1;
    }

    /** Writes a {@link #packed} image. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = image.getRaster();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
        int[] pixels = buffer.getData();
        int base = buffer.getOffset();
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        int bands = alpha ? 4 : 3;

        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bits per sample
        ihdr[9] = (byte) (alpha ? 6 : 2); // colour type: RGB with or without alpha
        chunk(out, "IHDR", ihdr, 0, ihdr.length);

        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1024, w * h / 4));
        Deflater deflater = new Deflater(LEVEL);
        try {
            byte[] row = new byte[1 + bands * w]; // row[0] = 0: filter type None
            byte[] buf = new byte[CHUNK];
            for (int y = 0; y < h; y++) {
                int p = base + y * stride;
                if (alpha) {
                    for (int x = 0, i = 1; x < w; x++, i += 4) {
                        int argb = pixels[p + x];
                        row[i] = (byte) (argb >> 16);
                        row[i + 1] = (byte) (argb >> 8);
                        row[i + 2] = (byte) argb;
                        row[i + 3] = (byte) (argb >>> 24);
                    }
                } else {
                    for (int x = 0, i = 1; x < w; x++, i += 3) {
                        int rgb = pixels[p + x];
                        row[i] = (byte) (rgb >> 16);
                        row[i + 1] = (byte) (rgb >> 8);
                        row[i + 2] = (byte) rgb;
                    }
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    compressed.write(buf, 0, deflater.deflate(buf));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        byte[] data = compressed.toByteArray();
        int off = 0;
        do {
            int n = Math.min(CHUNK, data.length - off);
            chunk(out, "IDAT", data, off, n);
            off += n;
        } while (off < data.length);
        chunk(out, "IEND", data, 0, 0);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int off, int len) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, len);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data, off, len);
        out.write(head);
        out.write(data, off, len);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
