package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code landscape} command end to end with CSV inputs, through the command line's one error path. */
class LandscapeCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/landscape");
    private static final String SIZES = FIXTURES.resolve("four-sizes.csv").toString();
    private static final String PROPENSITIES = FIXTURES.resolve("four-propensities.csv").toString();

    @TempDir
    Path dir;

    @Test
    void writesMinimaAndPrintsTheGlobalMinimum() throws IOException {
        Path target = dir.resolve("results/landscape");
        CliRun r = CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES, "--out", target.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(target.resolve("minima.csv"))).containsExactly(
                "rank,energy,basin,North,East,South,West", "1,-6,0.875,A,A,B,B", "2,-2,0.125,A,B,B,A");
        assertThat(Files.readAllLines(target.resolve("frustration.csv"))).hasSize(1 + 2 * 4);
        assertThat(r.out())
                .contains("exact enumeration of all 8 configurations")
                .contains("Global minimum (energy -6, basin 0.875)")
                .contains("Side A: North, East")
                .contains("Side B: South, West")
                .contains("Local minima: 2")
                .contains(target.resolve("minima.csv").toString());
        assertThat(r.err()).isEmpty();
        assertThat(leftoverTempFolders(target.getParent())).isEmpty();
    }

    @Test
    void replacesEarlierResultsButKeepsOtherFiles() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("minima.csv"), "stale\n");
        Files.writeString(target.resolve("notes.txt"), "keep me\n");
        CliRun r = CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES, "--out", target.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(target.resolve("minima.csv"))).startsWith("rank,energy,basin,");
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("keep me\n");
        assertThat(leftoverTempFolders(dir)).isEmpty();
    }

    @Test
    void badInputExitsWithTwoAndCreatesNoOutputFolder() throws IOException {
        Path sizes = Files.writeString(dir.resolve("SIZES.csv"), "actor,size\nNorth,1\nEast,-1\n");
        Path target = dir.resolve("never/created");
        CliRun r = CliRun.of("landscape", "--sizes", sizes.toString(), "--propensities", PROPENSITIES,
                "--out", target.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("SIZES.csv:3:2: size").contains("negative");
        assertThat(target.getParent()).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void asymmetricMatrixExitsWithTwo() throws IOException {
        Path p = Files.writeString(dir.resolve("P.csv"),
                ",North,East,South,West\nNorth,,1,-2,-1\nEast,1,,-1,-2\nSouth,-2,-1,,1\nWest,-1,-2,9,\n");
        Path target = dir.resolve("out");
        CliRun r = CliRun.of("landscape", "--sizes", SIZES, "--propensities", p.toString(), "--out", target.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("P.csv:4:").contains("asymmetric");
        assertThat(target).doesNotExist();
        assertThat(leftoverTempFolders(dir)).isEmpty();
    }

    @Test
    void numbersTooLargeToAddUpAreRefusedNamingTheField() throws IOException {
        // 1e308 overflowed the pair weights: an index out of bounds (sizes) or every split a minimum (propensities)
        Path sizes = Files.writeString(dir.resolve("S.csv"), "actor,size\nNorth,1\nEast,1e308\nSouth,1\nWest,1\n");
        Path target = dir.resolve("out");
        CliRun big = CliRun.of("landscape", "--sizes", sizes.toString(), "--propensities", PROPENSITIES,
                "--out", target.toString());
        assertThat(big.exit()).isEqualTo(2);
        assertThat(big.err()).startsWith("error: " + sizes + ":3:2: size: size 1e308 of actor 'East' is too large")
                .contains("at most 1000000000000000").doesNotContain("\tat ");

        Path p = Files.writeString(dir.resolve("P.csv"),
                ",North,East,South,West\nNorth,,1e308,-2,-1\nEast,1e308,,-1,-2\nSouth,-2,-1,,1\nWest,-1,-2,1,\n");
        CliRun strong = CliRun.of("landscape", "--sizes", SIZES, "--propensities", p.toString(), "--out", target.toString());
        assertThat(strong.exit()).isEqualTo(2);
        assertThat(strong.err()).startsWith("error: ").contains("P.csv:2:3: East").contains("too large");
        assertThat(target).doesNotExist();

        Path edge = Files.writeString(dir.resolve("E.csv"), "actor,size\nNorth,1e15\nEast,1e15\nSouth,1e15\nWest,1e15\n");
        CliRun atTheBound = CliRun.of("landscape", "--sizes", edge.toString(), "--propensities", PROPENSITIES,
                "--out", target.toString());
        assertThat(atTheBound.exit()).as(atTheBound.err()).isZero();
        assertThat(Files.readAllLines(target.resolve("minima.csv"))).hasSize(3).element(1).asString()
                .startsWith("1,-6000000000000000000000000000000,0.875,A,A,B,B");
    }

    @Test
    void anOutThatIsAFileExitsThreeAndIsLeftAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "mine\n");
        CliRun r = CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES, "--out", file.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: --out " + file + " exists and is not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine\n");

        CliRun under = CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES,
                "--out", file.resolve("sub").toString());
        assertThat(under.exit()).isEqualTo(3);
        assertThat(under.err()).startsWith("error: cannot write the results into " + file.resolve("sub"));
        assertThat(under.hasStackTrace()).isFalse();
        assertThat(leftoverTempFolders(dir)).isEmpty();
    }

    @Test
    void aReadOnlyOutExitsThreeWithoutAStackTrace() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "the file system lets this user write into a read-only folder (root)");
            CliRun r = CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES,
                    "--out", locked.resolve("out").toString());
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).startsWith("error: cannot write the results into ").contains("permission denied");
            assertThat(r.hasStackTrace()).isFalse();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void badOptionsExitWithTwo() {
        Path target = dir.resolve("out");
        CliRun starts = CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES,
                "--out", target.toString(), "--starts", "0");
        assertThat(starts.exit()).isEqualTo(2);
        assertThat(starts.err()).isEqualTo("error: --starts must be at least 1, got 0\n");
        assertThat(CliRun.of("landscape", "--sizes", SIZES, "--propensities", PROPENSITIES,
                "--out", target.toString(), "--nodes", "0").exit()).isEqualTo(2);
        CliRun half = CliRun.of("landscape", "--sizes", SIZES, "--out", target.toString());
        assertThat(half.exit()).isEqualTo(2);
        assertThat(half.err()).startsWith("error: give both --sizes FILE and --propensities FILE");
        assertThat(target).doesNotExist();
    }

    @Test
    void aboveTwentyFiveActorsTheGlobalMinimumIsProven() throws IOException {
        Path[] in = randomLandscape(32, 4);
        Path target = dir.resolve("big");
        CliRun r = CliRun.of("landscape", "--sizes", in[0].toString(), "--propensities", in[1].toString(),
                "--out", target.toString(), "--starts", "200", "--seed", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("steepest descent from 200 random starts (seed 5)")
                .contains("Global minimum, proven by branch and bound in ").contains("Side A: a0")
                .doesNotContain("Not proven");
        List<String> rows = Files.readAllLines(target.resolve("minima.csv"));
        assertThat(rows.get(0)).startsWith("rank,energy,basin,a0,a1,").endsWith(",a31");
        assertThat(rows.get(1)).startsWith("1,");

        // a budget of one node proves nothing, and says so; the descent's minima are still written
        CliRun cut = CliRun.of("landscape", "--sizes", in[0].toString(), "--propensities", in[1].toString(),
                "--out", dir.resolve("cut").toString(), "--starts", "200", "--seed", "5", "--nodes", "1");
        assertThat(cut.exit()).as(cut.err()).isZero();
        assertThat(cut.out()).contains("Lowest minimum found").contains("Not proven global: the branch and bound used all 1 nodes");
        String best = rows.get(1).split(",")[1];
        assertThat(Files.readAllLines(dir.resolve("cut/minima.csv")).get(1).split(",")[1])
                .as("the descent alone, with enough starts, finds the same minimum here").isEqualTo(best);
    }

    /** Sizes in [0, 1) and propensities in [-1, 1), as the landscape benchmarks use. */
    private Path[] randomLandscape(int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] p = new double[n][n];
        StringBuilder sizes = new StringBuilder("actor,size\n");
        for (int i = 0; i < n; i++) {
            sizes.append('a').append(i).append(',').append(random.nextDouble()).append('\n');
            for (int j = 0; j < i; j++) {
                p[i][j] = p[j][i] = random.nextDouble(-1, 1);
            }
        }
        StringBuilder matrix = new StringBuilder("actor");
        for (int i = 0; i < n; i++) {
            matrix.append(",a").append(i);
        }
        matrix.append('\n');
        for (int i = 0; i < n; i++) {
            matrix.append('a').append(i);
            for (int j = 0; j < n; j++) {
                matrix.append(',').append(i == j ? "" : Double.toString(p[i][j]));
            }
            matrix.append('\n');
        }
        return new Path[] {Files.writeString(dir.resolve("s.csv"), sizes), Files.writeString(dir.resolve("p.csv"), matrix)};
    }

    private static List<Path> leftoverTempFolders(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(f -> f.getFileName().toString().startsWith(".alliance-sim-tmp-")).toList();
        }
    }
}
