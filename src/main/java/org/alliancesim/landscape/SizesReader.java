package org.alliancesim.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.Location;
import org.alliancesim.data.CsvTable;

/**
 * Reads the actor sizes {@code s_i} of a landscape (Axelrod and Bennett, BJPolS 23(2), 1993)
 * from a CSV file with header {@code actor,size} and one line per actor. The order of this file
 * fixes the actor order everywhere (actor 0, the first line, is always on side A).
 */
final class SizesReader {

    /** One actor and its size, with the line it came from. */
    record Entry(String actor, double size, int line) {
    }

    private SizesReader() {
    }

    /**
     * @param path the sizes file
     * @return actors in file order
     * @throws LandscapeInputException on a missing or wrong header, wrong field count, empty or
     *                                 duplicate actor, or a size that is not a number from 0 to {@link Landscape#MAX_SIZE}
     */
    static List<Entry> read(Path path) throws LandscapeInputException {
        String file = path.toString();
        List<CsvTable.Record> rows = LandscapeFiles.records(path);
        if (rows.isEmpty()) {
            throw new LandscapeInputException(Location.format(file, 1, 0, null, "file is empty; expected header 'actor,size'"));
        }
        CsvTable.Record header = rows.get(0);
        if (header.fields().size() != 2 || !header.fields().get(0).equalsIgnoreCase("actor")
                || !header.fields().get(1).equalsIgnoreCase("size")) {
            throw new LandscapeInputException(Location.format(file, header.line(), 0, null,
                    "header must be 'actor,size', found '" + String.join(",", header.fields()) + "'"));
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Record row : rows.subList(1, rows.size())) {
            entries.add(parse(file, row, firstLine));
        }
        if (entries.isEmpty()) {
            throw new LandscapeInputException(Location.format(file, header.line(), 0, null, "no actors listed after the header"));
        }
        return entries;
    }

    private static Entry parse(String file, CsvTable.Record row, Map<String, Integer> firstLine)
            throws LandscapeInputException {
        if (row.fields().size() != 2) {
            throw new LandscapeInputException(Location.format(file, row.line(), 0, null, "expected 2 fields (actor,size), found "
                    + row.fields().size() + ": '" + String.join(",", row.fields()) + "'"));
        }
        String actorField = Location.format(file, row.line(), 1, "actor", "");
        String sizeField = Location.format(file, row.line(), 2, "size", "");
        String actor = row.fields().get(0);
        String text = row.fields().get(1);
        if (actor.isEmpty()) {
            throw new LandscapeInputException(actorField + "actor name is empty");
        }
        Integer previous = firstLine.putIfAbsent(actor, row.line());
        if (previous != null) {
            throw new LandscapeInputException(actorField + "duplicate actor '" + actor
                    + "' (first listed on line " + previous + ")");
        }
        double size;
        try {
            size = CsvNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw new LandscapeInputException(sizeField + "size '" + text + "' of actor '" + actor
                    + "' is not a number");
        }
        if (!Double.isFinite(size)) {
            throw new LandscapeInputException(sizeField + "size '" + text + "' of actor '" + actor
                    + "' is not a finite number");
        }
        if (size < 0) {
            throw new LandscapeInputException(sizeField + "size " + text + " of actor '" + actor
                    + "' is negative; sizes must be >= 0");
        }
        if (size > Landscape.MAX_SIZE) {
            throw new LandscapeInputException(sizeField + "size " + text + " of actor '" + actor
                    + "' is too large; sizes must be at most " + CsvNumbers.format(Landscape.MAX_SIZE)
                    + " (scale them all down: the minima do not change)");
        }
        return new Entry(actor, size, row.line());
    }
}
