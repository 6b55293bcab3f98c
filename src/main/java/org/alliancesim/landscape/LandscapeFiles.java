package org.alliancesim.landscape;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancesim.Location;
import org.alliancesim.NewFiles;
import org.alliancesim.data.CsvTable;
import org.alliancesim.data.DataFormatException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV input and output of a landscape analysis (Axelrod and Bennett, BJPolS 23(2), 1993).
 *
 * <p><b>Input.</b> A sizes file with header {@code actor,size} and one line per actor, and a
 * square propensity matrix whose header row names the actors (first cell: any label or empty)
 * and whose rows each start with an actor name. Both must list the same actors; the sizes file
 * fixes their order. Lines starting with {@code #} and blank lines are ignored. Any problem is
 * reported as a {@link LandscapeInputException} naming the file, the line and the field.
 *
 * <p><b>Output.</b> {@code minima.csv}: {@code rank,energy,basin} then one column per actor
 * holding {@code A} or {@code B}, one row per local minimum, lowest energy first.
 * {@code frustration.csv}: {@code rank,actor,frustration}, every actor's frustration in every
 * minimum. Numbers are locale-independent plain decimals rounded to 12 significant digits;
 * lines end with {@code \n}. {@link #publish} writes them whole or not at all.
 */
public final class LandscapeFiles {

    /** Name of the minima table written by {@link #write}. */
    public static final String MINIMA_CSV = "minima.csv";
    /** Name of the frustration table written by {@link #write}. */
    public static final String FRUSTRATION_CSV = "frustration.csv";

    /** File name of a landscape's sizes, in the input format (header {@code actor,size}). */
    public static final String SIZES_CSV = "sizes.csv";

    /** File name of a landscape's propensity matrix, in the input format. */
    public static final String PROPENSITIES_CSV = "propensities.csv";

    /** Prefix of the temporary folder that {@link #publish} writes beside its target. */
    static final String TEMP_PREFIX = ".alliance-sim-tmp-landscape-";

    private static final CSVFormat OUT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private LandscapeFiles() {
    }

    /**
     * The records of an input file ({@link CsvTable#records}), its failures as input errors naming
     * the file and the line.
     */
    static List<CsvTable.Record> records(Path path) throws LandscapeInputException {
        String file = path.toString();
        try {
            return CsvTable.records(path);
        } catch (DataFormatException e) {
            throw new LandscapeInputException(
                    Location.format(file, e.line(), 0, null, "at this line or later: " + e.problem()), e.getCause());
        } catch (IOException e) {
            throw new LandscapeInputException(
                    Location.format(file, 1, 0, null, "cannot read file (" + CsvTable.describe(e) + ")"), e);
        }
    }

    /**
     * @param value a finite number
     * @return the number as the tables write it: plain decimal, 12 significant digits
     */
    public static String number(double value) {
        return CsvNumbers.format(value);
    }

    /**
     * @param sizesPath        CSV with header {@code actor,size}
     * @param propensitiesPath CSV propensity matrix
     * @return the landscape, actors in the order of the sizes file
     * @throws LandscapeInputException if either file is unreadable or invalid, or they disagree
     */
    public static Landscape read(Path sizesPath, Path propensitiesPath) throws LandscapeInputException {
        List<SizesReader.Entry> sizes = SizesReader.read(sizesPath);
        PropensityTable matrix = PropensitiesReader.read(propensitiesPath);
        Set<String> sized = new HashSet<>();
        for (SizesReader.Entry e : sizes) {
            sized.add(e.actor());
            if (!matrix.rows().containsKey(e.actor())) {
                throw new LandscapeInputException(Location.format(sizesPath.toString(), e.line(), 1, "actor",
                        "actor '" + e.actor() + "' has no row or column in " + matrix.file()));
            }
        }
        for (String actor : matrix.columns()) {
            if (!sized.contains(actor)) {
                throw new LandscapeInputException(Location.format(matrix.file(), matrix.headerLine(),
                        matrix.columnNumber(actor), actor, "actor '" + actor + "' has no size in " + sizesPath));
            }
        }
        List<String> names = new ArrayList<>();
        double[] s = new double[sizes.size()];
        double[][] p = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            names.add(sizes.get(i).actor());
            s[i] = sizes.get(i).size();
        }
        int[] column = new int[s.length];
        for (int j = 0; j < s.length; j++) {
            column[j] = matrix.columns().indexOf(names.get(j));
        }
        for (int i = 0; i < s.length; i++) {
            double[] row = matrix.rows().get(names.get(i)).values();
            for (int j = 0; j < s.length; j++) {
                p[i][j] = i == j ? 0.0 : row[column[j]];
            }
        }
        return new Landscape(names, s, p);
    }

    /**
     * Writes {@value #MINIMA_CSV} and {@value #FRUSTRATION_CSV} into {@code dir}, creating it if
     * needed and replacing files of the same name.
     *
     * @param result the analysis
     * @param dir    output directory
     * @throws IOException if writing fails
     */
    public static void write(LandscapeResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> actors = result.actors();
        try (Writer w = Files.newBufferedWriter(dir.resolve(MINIMA_CSV), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, OUT)) {
            List<String> header = new ArrayList<>(List.of("rank", "energy", "basin"));
            header.addAll(actors);
            csv.printRecord(header);
            for (LocalMinimum m : result.minima()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(m.rank()));
                row.add(CsvNumbers.format(m.energy()));
                row.add(CsvNumbers.format(m.basin()));
                for (int i = 0; i < actors.size(); i++) {
                    row.add(m.side(i).name());
                }
                csv.printRecord(row);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(FRUSTRATION_CSV), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, OUT)) {
            csv.printRecord("rank", "actor", "frustration");
            for (LocalMinimum m : result.minima()) {
                for (int i = 0; i < actors.size(); i++) {
                    csv.printRecord(Integer.toString(m.rank()), actors.get(i), CsvNumbers.format(m.frustration(i)));
                }
            }
        }
    }

    /**
     * Writes a landscape in the input format, {@value #SIZES_CSV} and {@value #PROPENSITIES_CSV}
     * (diagonal left empty), so that it can be read back by {@link #read(Path, Path)}. Numbers
     * are written exactly (shortest round-trip decimal), so the landscape read back is the same.
     *
     * @param landscape the landscape
     * @param dir       output directory
     * @throws IOException if writing fails
     */
    public static void writeInputs(Landscape landscape, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> actors = landscape.names();
        try (Writer w = Files.newBufferedWriter(dir.resolve(SIZES_CSV), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, OUT)) {
            csv.printRecord("actor", "size");
            for (int i = 0; i < actors.size(); i++) {
                csv.printRecord(actors.get(i), CsvNumbers.formatExact(landscape.size(i)));
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(PROPENSITIES_CSV), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, OUT)) {
            List<String> header = new ArrayList<>(List.of("actor"));
            header.addAll(actors);
            csv.printRecord(header);
            for (int i = 0; i < actors.size(); i++) {
                List<String> row = new ArrayList<>(List.of(actors.get(i)));
                for (int j = 0; j < actors.size(); j++) {
                    row.add(i == j ? "" : CsvNumbers.formatExact(landscape.propensity(i, j)));
                }
                csv.printRecord(row);
            }
        }
    }

    /**
     * Writes the tables (and {@code inputs}, when not null, as {@value #SIZES_CSV} and
     * {@value #PROPENSITIES_CSV}) into a temporary folder beside {@code dir}, then moves them into
     * place: {@code dir} itself when it does not exist, otherwise each file, replacing files of
     * the same name and keeping any others. On failure nothing is left behind.
     *
     * @param result the analysis
     * @param inputs the analysed landscape to write too, or null
     * @param dir    output folder
     * @throws IOException if writing fails
     */
    public static void publish(LandscapeResult result, Landscape inputs, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = NewFiles.folder(parent, TEMP_PREFIX);
        List<String> all = List.of(MINIMA_CSV, FRUSTRATION_CSV, SIZES_CSV, PROPENSITIES_CSV);
        try {
            write(result, temp);
            List<String> files = all.subList(0, 2);
            if (inputs != null) {
                writeInputs(inputs, temp);
                files = all;
            }
            if (Files.notExists(target)) {
                NewFiles.moveInto(temp, target);
            } else {
                for (String f : files) {
                    NewFiles.moveInto(temp.resolve(f), target.resolve(f));
                }
            }
        } finally {
            if (Files.exists(temp)) {
                for (String f : all) {
                    Files.deleteIfExists(temp.resolve(f));
                }
                Files.deleteIfExists(temp);
            }
        }
    }
}
