package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.alliancesim.TestLocales;

/** Reading and writing the landscape CSV files, and every input error. */
class LandscapeFilesTest {

    private static final String SIZES = "actor,size\nFrance,10\nGermany,12\nItaly,6\n";
    private static final String P = ",France,Germany,Italy\n"
            + "France,,-1,0.5\n"
            + "Germany,-1,,1\n"
            + "Italy,0.5,1,\n";

    @TempDir
    Path dir;

    @Test
    void readsSizesAndMatrixInSizesOrder() throws Exception {
        String reordered = "label,Italy,France,Germany\n"
                + "Germany,1,-1,x\n"
                + "# a comment line\n"
                + "Italy,-,0.5,1\n"
                + "France,0.5,0,-1\n";
        Landscape l = LandscapeFiles.read(write("SIZES.csv", SIZES), write("P.csv", reordered));
        assertThat(l.names()).containsExactly("France", "Germany", "Italy");
        assertThat(l.size(1)).isEqualTo(12);
        assertThat(l.propensity(0, 1)).isEqualTo(-1);
        assertThat(l.propensity(2, 0)).isEqualTo(0.5);
        assertThat(l.propensity(1, 2)).isEqualTo(1);
        assertThat(l.propensity(0, 0)).isZero();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
            bad("asymmetric matrix", SIZES, P.replace("Italy,0.5,1,", "Italy,0.25,1,"),
                "P.csv:2:4: Italy: asymmetric matrix", "row 'France' column 'Italy' (line 2) = 0.5",
                "row 'Italy' column 'France' (line 4) = 0.25"),
            bad("missing row", SIZES, ",France,Germany,Italy\nFrance,,-1,0.5\nGermany,-1,,1\n",
                "P.csv:1:4: Italy", "no row"),
            bad("missing column", SIZES, ",France,Germany\nFrance,,-1\nGermany,-1,\nItaly,0.5,1\n",
                "P.csv:4:1:", "'Italy' has no column"),
            bad("short row", SIZES, P.replace("Germany,-1,,1", "Germany,-1,"),
                "P.csv:3:", "missing column 4 'Italy'"),
            bad("empty cell", SIZES, P.replace("Germany,-1,,1", "Germany,,,1"),
                "P.csv:3:2: France", "missing"),
            bad("extra values", SIZES, P.replace("Germany,-1,,1", "Germany,-1,,1,7"),
                "P.csv:3:", "4 values", "only 3"),
            bad("actor only in sizes", SIZES + "Spain,3\n", P,
                "SIZES.csv:5:1: actor", "'Spain'", "P.csv"),
            bad("actor only in matrix", "actor,size\nFrance,10\nGermany,12\n", P,
                "P.csv:1:4: Italy: actor 'Italy' has no size in", "SIZES.csv"),
            bad("duplicate actor in sizes", SIZES + "France,3\n", P,
                "SIZES.csv:5:1: actor", "duplicate actor 'France'", "line 2"),
            bad("duplicate actor in header", SIZES, ",France,Germany,France\n",
                "P.csv:1:4:", "duplicate actor 'France'"),
            bad("duplicate row", SIZES, P + "Germany,-1,,1\n",
                "P.csv:5:1:", "duplicate row for actor 'Germany'", "line 3"),
            bad("negative size", SIZES.replace("Italy,6", "Italy,-6"), P,
                "SIZES.csv:4:2: size", "negative"),
            bad("NaN size", SIZES.replace("Italy,6", "Italy,NaN"), P,
                "SIZES.csv:4:2: size", "not a finite number"),
            bad("infinite size", SIZES.replace("Germany,12", "Germany,Infinity"), P,
                "SIZES.csv:3:2: size", "not a finite number"),
            bad("overflowing size", SIZES.replace("Germany,12", "Germany,1e999"), P,
                "SIZES.csv:3:2: size", "not a finite number"),
            bad("unparsable size", SIZES.replace("Germany,12", "Germany,twelve"), P,
                "SIZES.csv:3:2: size", "'twelve'", "not a number"),
            bad("decimal comma", SIZES.replace("Germany,12", "Germany,\"1,5\""), P,
                "SIZES.csv:3:2: size", "'1,5'", "not a number"),
            bad("unparsable propensity", SIZES, P.replace("Germany,-1,,1", "Germany,-1,,x"),
                "P.csv:3:4: Italy", "propensity 'x' of 'Germany' towards 'Italy' is not a number"),
            bad("non-finite propensity", SIZES, P.replace("Germany,-1,,1", "Germany,-inf,,1"),
                "P.csv:3:2: France", "not a finite number"),
            bad("line numbers count comments and blank lines", "# sizes\n\nactor,size\nFrance,1\n\nItaly,-2\n", P,
                "SIZES.csv:6:2: size"),
            bad("wrong sizes header", "name,weight\nFrance,1\n", P, "SIZES.csv:1:", "actor,size"),
            bad("too many fields in sizes", SIZES.replace("Italy,6", "Italy,6,7"), P,
                "SIZES.csv:4:", "expected 2 fields"),
            bad("empty sizes file", "", P, "SIZES.csv:1:", "empty"),
            bad("unterminated quote", "actor,size\nFrance,\"10\nGermany,3\n", P, "SIZES.csv:2:", "malformed CSV"),
            bad("empty matrix file", SIZES, "# nothing\n", "P.csv:1:", "empty"));
    }

    private static Arguments bad(String name, String sizes, String p, String... expected) {
        return Arguments.of(name, sizes, p, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsReportedWithFileLineAndField(String name, String sizes, String p, List<String> expected)
            throws IOException {
        Path sizesFile = write("SIZES.csv", sizes);
        Path pFile = write("P.csv", p);
        assertThatThrownBy(() -> LandscapeFiles.read(sizesFile, pFile))
                .isInstanceOf(LandscapeInputException.class)
                .message().contains(expected).containsPattern("\\.csv:\\d+(:\\d+)?: ");
    }

    @Test
    void missingFileIsReportedByName() throws IOException {
        Path pFile = write("P.csv", P);
        assertThatThrownBy(() -> LandscapeFiles.read(dir.resolve("NOPE.csv"), pFile))
                .isInstanceOf(LandscapeInputException.class)
                .hasMessageContaining("NOPE.csv:1:").hasMessageContaining("cannot read");
    }

    @Test
    void writesMinimaAndFrustrationTables() throws IOException {
        LandscapeResult r = new ExactEnumerator().enumerate(LandscapeHandWorkedExampleTest.fourActors());
        Path out = dir.resolve("out/nested");
        LandscapeFiles.write(r, out);
        assertThat(Files.readString(out.resolve("minima.csv"))).isEqualTo(
                "rank,energy,basin,North,East,South,West\n"
                + "1,-6,0.875,A,A,B,B\n"
                + "2,-2,0.125,A,B,B,A\n");
        assertThat(Files.readAllLines(out.resolve("frustration.csv"))).containsExactly(
                "rank,actor,frustration",
                "1,North,-3", "1,East,-3", "1,South,-3", "1,West,-3",
                "2,North,-1", "2,East,-1", "2,South,-1", "2,West,-1");
    }

    @Test
    void illustrativeScenarioGivesTheMinimaShownInItsReadme() throws Exception {
        Path scenario = Path.of("scenarios/landscape");
        Landscape l = LandscapeFiles.read(scenario.resolve("example-sizes.csv"),
                scenario.resolve("example-propensities.csv"));
        LandscapeResult r = new ExactEnumerator().enumerate(l);
        assertThat(r.minima()).extracting(m -> m.configuration().toString())
                .containsExactly("ABABAAAB", "ABABAABA", "ABABBBAB", "ABABBBBA");
        assertThat(r.minima()).extracting(LocalMinimum::basinCount).containsExactly(62L, 20L, 34L, 12L);
        assertThat(CsvNumbers.format(r.minima().get(1).energy())).isEqualTo("-157.8");
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        TestLocales.under(Locale.GERMANY, () -> {
            assertThat(CsvNumbers.format(0.875)).isEqualTo("0.875");
            assertThat(CsvNumbers.format(1.0 / 3)).isEqualTo("0.333333333333");
            assertThat(CsvNumbers.format(-6.0)).isEqualTo("-6");
            assertThat(CsvNumbers.format(-0.0)).isEqualTo("0");
            assertThat(CsvNumbers.format(1234567.5)).isEqualTo("1234567.5");
            assertThat(CsvNumbers.format(1.0 / (1 << 24))).isEqualTo("0.0000000596046447754");
            assertThat(CsvNumbers.format(0.1 + 0.2)).isEqualTo("0.3");
            assertThat(CsvNumbers.parse("-1.5e-1")).isEqualTo(-0.15);
        });
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
