package org.alliancesim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads COW major-power spells ({@code cow-major-powers.csv}): columns {@code ccode, styear,
 * stmonth, stday, endyear, endmonth, endday} found by name. Overlapping spells of one state (a
 * duplicated spell), ends before starts or dates before 1816 are errors naming the line and column.
 */
public final class MajorPowerReader {

    private static final String[] COLUMNS = {
        "ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"
    };

    private MajorPowerReader() {}

    public static MajorPowers read(Path file) throws IOException {
        return parse(CsvTable.read(file, COLUMNS));
    }

    public static MajorPowers read(Reader in, String source) throws IOException {
        return parse(CsvTable.read(in, source, COLUMNS));
    }

    private static MajorPowers parse(CsvTable table) throws DataFormatException {
        MajorPowers out = new MajorPowers();
        for (CsvRow row : table.rows()) {
            int ccode = Fields.bounded(row, "ccode", 1, 999);
            LocalDate start = Fields.date(row, "styear", "stmonth", "stday", CowStatesReader.FIRST_YEAR);
            LocalDate end = Fields.date(row, "endyear", "endmonth", "endday", CowStatesReader.FIRST_YEAR);
            Spell s = Fields.spell(row, start, end, "endyear");
            for (Spell o : out.spellsOf(ccode)) {
                if (o.overlaps(s)) {
                    throw row.error("styear", "ccode " + ccode + " already has a major-power spell on these"
                            + " dates (duplicated spell)");
                }
            }
            out.codes().note(ccode, row.line(), "ccode");
            out.add(ccode, s);
        }
        return out;
    }
}
