package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Gleditsch and Ward (2001) capital-distance file {@code capdist.csv}: columns {@code
 * numa, ida, numb, idb, kmdist} found by name (others, e.g. {@code midist}, are ignored).
 */
public final class CapdistReader {

    private CapdistReader() {}

    public static CapitalDistances read(Path file) throws IOException {
        return parse(CsvTable.read(file, "numa", "ida", "numb", "idb", "kmdist"));
    }

    public static CapitalDistances read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, "numa", "ida", "numb", "idb", "kmdist"));
    }

    private static CapitalDistances parse(CsvTable table) throws DataFormatException {
        List<CapitalDistance> dyads = new ArrayList<>(table.rows().size());
        for (CsvRow row : table.rows()) {
            double km = row.number("kmdist");
            if (km < 0) {
                throw row.error("kmdist", "negative distance " + km);
            }
            dyads.add(
                    new CapitalDistance(
                            row.integer("numa"), row.requiredText("ida"), row.integer("numb"),
                            row.requiredText("idb"), km));
        }
        try {
            return new CapitalDistances(dyads);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(table.source(), 0, "kmdist", e.getMessage(), e);
        }
    }
}
