package org.alliancesim.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The {@code landscape} command end to end, through picocli. */
class LandscapeCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/landscape");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine cli;

    @BeforeEach
    void setUp() {
        cli = new CommandLine(new LandscapeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
    }

    @Test
    void writesMinimaAndPrintsTheGlobalMinimum() throws IOException {
        Path target = dir.resolve("results/landscape");
        int code = cli.execute("--sizes", FIXTURES.resolve("four-sizes.csv").toString(),
                "--propensities", FIXTURES.resolve("four-propensities.csv").toString(),
                "--out", target.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> minima = Files.readAllLines(target.resolve("minima.csv"));
        assertThat(minima.get(0)).isEqualTo("rank,energy,basin,North,East,South,West");
        assertThat(minima).containsExactly("rank,energy,basin,North,East,South,West",
                "1,-6,0.875,A,A,B,B", "2,-2,0.125,A,B,B,A");
        assertThat(Files.readAllLines(target.resolve("frustration.csv"))).hasSize(1 + 2 * 4);
        assertThat(out.toString())
                .contains("exact enumeration of all 8 configurations")
                .contains("Global minimum (energy -6, basin 0.875)")
                .contains("Side A: North, East")
                .contains("Side B: South, West")
                .contains("Local minima: 2")
                .contains(target.resolve("minima.csv").toString());
        assertThat(err.toString()).isEmpty();
        assertThat(leftoverTempFolders(target.getParent())).isEmpty();
    }

    @Test
    void replacesEarlierResultsButKeepsOtherFiles() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("minima.csv"), "stale\n");
        Files.writeString(target.resolve("notes.txt"), "keep me\n");
        int code = cli.execute("--sizes", FIXTURES.resolve("four-sizes.csv").toString(),
                "--propensities", FIXTURES.resolve("four-propensities.csv").toString(),
                "--out", target.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(target.resolve("minima.csv"))).startsWith("rank,energy,basin,");
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("keep me\n");
        assertThat(leftoverTempFolders(dir)).isEmpty();
    }

    @Test
    void badInputExitsWithTwoAndCreatesNoOutputFolder() throws IOException {
        Path sizes = Files.writeString(dir.resolve("SIZES.csv"), "actor,size\nNorth,1\nEast,-1\n");
        Path target = dir.resolve("never/created");
        int code = cli.execute("--sizes", sizes.toString(),
                "--propensities", FIXTURES.resolve("four-propensities.csv").toString(),
                "--out", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("SIZES.csv line 3, field 'size'").contains("negative");
        assertThat(target).doesNotExist();
        assertThat(target.getParent()).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void asymmetricMatrixExitsWithTwo() throws IOException {
        Path p = Files.writeString(dir.resolve("P.csv"),
                ",North,East,South,West\nNorth,,1,-2,-1\nEast,1,,-1,-2\nSouth,-2,-1,,1\nWest,-1,-2,9,\n");
        Path target = dir.resolve("out");
        int code = cli.execute("--sizes", FIXTURES.resolve("four-sizes.csv").toString(),
                "--propensities", p.toString(), "--out", target.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("P.csv line 4").contains("asymmetric");
        assertThat(target).doesNotExist();
        assertThat(leftoverTempFolders(dir)).isEmpty();
    }

    @Test
    void badOptionsExitWithTwo() {
        Path target = dir.resolve("out");
        assertThat(cli.execute("--sizes", FIXTURES.resolve("four-sizes.csv").toString(),
                "--propensities", FIXTURES.resolve("four-propensities.csv").toString(),
                "--out", target.toString(), "--starts", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--starts");
        assertThat(cli.execute("--sizes", FIXTURES.resolve("four-sizes.csv").toString())).isEqualTo(2);
        assertThat(target).doesNotExist();
    }

    @Test
    void descentSearchAboveTwentyFiveActors() throws IOException {
        Landscape big = RandomLandscapes.create(30, 4);
        StringBuilder sizes = new StringBuilder("actor,size\n");
        StringBuilder p = new StringBuilder("actor");
        for (String name : big.names()) {
            p.append(',').append(name);
        }
        p.append('\n');
        for (int i = 0; i < 30; i++) {
            sizes.append(big.name(i)).append(',').append(big.size(i)).append('\n');
            p.append(big.name(i));
            for (int j = 0; j < 30; j++) {
                p.append(',').append(i == j ? "" : Double.toString(big.propensity(i, j)));
            }
            p.append('\n');
        }
        Path target = dir.resolve("big");
        int code = cli.execute("--sizes", Files.writeString(dir.resolve("s.csv"), sizes).toString(),
                "--propensities", Files.writeString(dir.resolve("p.csv"), p).toString(),
                "--out", target.toString(), "--starts", "200", "--seed", "5");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("steepest descent from 200 random starts (seed 5)")
                .contains("Lowest minimum found").contains("Side A: actor0");
        List<String> rows = Files.readAllLines(target.resolve("minima.csv"));
        assertThat(rows.get(0)).startsWith("rank,energy,basin,actor0,actor1,").endsWith(",actor29");
        assertThat(rows.get(1)).startsWith("1,");
    }

    private static List<Path> leftoverTempFolders(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(f -> f.getFileName().toString().startsWith(".alliance-sim-tmp-")).toList();
        }
    }
}
