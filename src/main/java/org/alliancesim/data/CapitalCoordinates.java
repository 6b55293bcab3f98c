package org.alliancesim.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Capital cities and their coordinates, which none of the data sets gives but the scenario format
 * needs. {@link #bundled()} reads {@code /data/capitals.csv} (columns {@code stateabb, ccode,
 * capital, lat, lon}), which covers all 195 states of COW's 2016 system with the capital each had
 * in 2016, coordinates rounded to 0.01 degree.
 *
 * <p>Where a state's official capital and its seat of government differ, the table gives the
 * official capital: Amsterdam (government at The Hague), Porto-Novo (Benin; government largely at
 * Cotonou), Yamoussoukro (Cote d'Ivoire; government largely at Abidjan), Dodoma (Tanzania; most
 * ministries were still in Dar es Salaam in 2016), Sri Jayawardenepura Kotte (Sri Lanka; beside
 * Colombo), Kuala Lumpur (Malaysia; administration at Putrajaya). The one exception is Bolivia: La
 * Paz, the seat of government (Sucre is the constitutional capital). For Israel the table gives
 * Jerusalem, which Israel designates as its capital; most states did not recognise it and kept their
 * embassies in Tel Aviv (about 55 km away) in 2016.
 *
 * <p>Checked against Gleditsch and Ward's capdist (see {@code CapitalCoordinatesRealDataTest}): 98.5%
 * of the 17,766 pairs of 2016 states in both agree within 10% or 150 km. Nearly all disagreements come from
 * capdist placing a few capitals elsewhere, not from this table: it uses the former capitals Almaty
 * (Kazakhstan; Astana since 1997), Lagos (Nigeria; Abuja since 1991), Dar es Salaam (Tanzania;
 * Dodoma is the official capital) and Yangon (Myanmar; Naypyidaw since 2005-06), a mainland point
 * for Equatorial Guinea (Malabo is on Bioko), Kwajalein for the Marshall Islands (Majuro), a point
 * near St Vincent for Dominica (Roseau), and Apia at 172 degrees east instead of west (Samoa). Six
 * 2016 states are not in capdist and were checked by hand only: Kosovo, South Sudan, Kiribati,
 * Tuvalu, Tonga and Nauru.
 */
public final class CapitalCoordinates {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/data/capitals.csv";

    private static volatile CapitalCoordinates bundled;

    private final List<Capital> capitals;
    private final Map<Integer, Capital> byCcode = new HashMap<>();
    private final Map<String, Capital> byAbb = new HashMap<>();

    /** @throws IllegalArgumentException if a ccode or abbreviation appears twice */
    public CapitalCoordinates(List<Capital> capitals) {
        this.capitals = List.copyOf(capitals);
        for (Capital c : this.capitals) {
            if (byCcode.put(c.ccode(), c) != null) {
                throw new IllegalArgumentException("ccode " + c.ccode() + " appears twice");
            }
            if (byAbb.put(c.stateabb().toUpperCase(Locale.ROOT), c) != null) {
                throw new IllegalArgumentException("stateabb " + c.stateabb() + " appears twice");
            }
        }
    }

    /** The table shipped with the project. */
    public static CapitalCoordinates bundled() {
        CapitalCoordinates c = bundled;
        if (c == null) {
            try (InputStream in = CapitalCoordinates.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                c = plain(text);
                if (c == null) {
                    c = read(new StringReader(text), RESOURCE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = c;
        }
        return c;
    }

    /**
     * The table read line by line when it is plain: the header {@link #read} asks for, five fields
     * on every line, no quotes, numbers of digits, a minus and a point only, coordinates in range;
     * null otherwise (then {@link #read} says what is wrong). The
     * bundled file is plain, and so the summary of a run (which gives COW codes) does not set up
     * the general CSV reader, about 10 ms of CPU for 195 rows; {@code CapitalCoordinatesTest}
     * checks that both read it alike.
     */
    static CapitalCoordinates plain(String text) {
        String[] lines = text.split("\n");
        if (!lines[0].strip().equals("stateabb,ccode,capital,lat,lon") || text.indexOf('"') >= 0) {
            return null;
        }
        List<Capital> list = new ArrayList<>(lines.length);
        for (int k = 1; k < lines.length; k++) {
            if (lines[k].isBlank()) {
                continue;
            }
            String[] f = lines[k].split(",", -1);
            if (f.length != 5 || f[0].isBlank() || f[2].isBlank() || !plainNumber(f[1].strip(), false)
                    || !plainNumber(f[3].strip(), true) || !plainNumber(f[4].strip(), true)) {
                return null;
            }
            double lat = Double.parseDouble(f[3].strip());
            double lon = Double.parseDouble(f[4].strip());
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                return null;
            }
            list.add(new Capital(f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip(), lat, lon));
        }
        try {
            return new CapitalCoordinates(list);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code s} is an optional minus and one to nine digits, with one point among them if {@code point}. */
    private static boolean plainNumber(String s, boolean point) {
        int start = s.startsWith("-") ? 1 : 0;
        int dot = point ? s.indexOf('.') : -1;
        int digits = 0;
        for (int i = start; i < s.length(); i++) {
            if (i == dot && i > start && i < s.length() - 1) {
                continue;
            }
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
            digits++;
        }
        return digits >= 1 && digits <= 9;
    }

    /** Reads a table in the same layout. */
    public static CapitalCoordinates read(Reader in, String source) throws IOException {
        CsvTable table = CsvTable.read(in, source, "stateabb", "ccode", "capital", "lat", "lon");
        List<Capital> list = new ArrayList<>(table.rows().size());
        for (CsvRow row : table.rows()) {
            double lat = row.number("lat");
            if (lat < -90 || lat > 90) {
                throw row.error("lat", "latitude out of range: " + lat);
            }
            double lon = row.number("lon");
            if (lon < -180 || lon > 180) {
                throw row.error("lon", "longitude out of range: " + lon);
            }
            list.add(
                    new Capital(
                            row.requiredText("stateabb"), row.integer("ccode"), row.requiredText("capital"), lat, lon));
        }
        try {
            return new CapitalCoordinates(list);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, null, e.getMessage(), e);
        }
    }

    public Optional<Capital> byCcode(int ccode) {
        return Optional.ofNullable(byCcode.get(ccode));
    }

    /** Lookup by COW abbreviation, case-insensitive. */
    public Optional<Capital> byStateAbb(String stateabb) {
        return Optional.ofNullable(byAbb.get(stateabb.strip().toUpperCase(Locale.ROOT)));
    }

    /** Great-circle kilometres between two states' capitals; empty if either is not in the table. */
    public OptionalDouble kmBetween(int ccodeA, int ccodeB) {
        Capital a = byCcode.get(ccodeA);
        Capital b = byCcode.get(ccodeB);
        return a == null || b == null ? OptionalDouble.empty() : OptionalDouble.of(a.kmTo(b));
    }

    /** All capitals in table order. */
    public List<Capital> all() {
        return capitals;
    }
}
