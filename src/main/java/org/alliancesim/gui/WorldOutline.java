package org.alliancesim.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coastlines and land borders from Natural Earth 1:110m (public domain), as polylines of
 * longitude and latitude read from {@code map/world-110m.txt} beside this class (its README
 * says where it comes from). Land rings ({@code L}), lakes inside them ({@code H}), and borders
 * between countries ({@code B}).
 */
final class WorldOutline {
    /** Points as {lon0, lat0, lon1, lat1, ...}. */
    record Line(char kind, double[] points) {
    }

    private static WorldOutline shared;
    final List<Line> lines;

    private WorldOutline(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The outline, read once. */
    static synchronized WorldOutline get() {
        if (shared == null) {
            shared = read();
        }
        return shared;
    }

    private static WorldOutline read() {
        List<Line> out = new ArrayList<>();
        try (InputStream in = WorldOutline.class.getResourceAsStream("map/world-110m.txt")) {
            if (in == null) {
                throw new IllegalStateException("map/world-110m.txt missing beside " + WorldOutline.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] pts = line.substring(2).split(" ");
                double[] xy = new double[pts.length * 2];
                for (int k = 0; k < pts.length; k++) {
                    int comma = pts[k].indexOf(',');
                    xy[2 * k] = Double.parseDouble(pts[k].substring(0, comma));
                    xy[2 * k + 1] = Double.parseDouble(pts[k].substring(comma + 1));
                }
                out.add(new Line(line.charAt(0), xy));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorldOutline(out);
    }
}
