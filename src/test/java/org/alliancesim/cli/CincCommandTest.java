package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cinc} command end to end, through the command line's one error path. */
class CincCommandTest {

    @TempDir Path dir;

    private CliRun last;

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "cinc";
        System.arraycopy(args, 0, all, 1, args.length);
        last = CliRun.of(all);
        return last.exit();
    }

    /** A fixture from {@code src/test/resources/data/}. */
    private static Path fixture(String name) {
        return Path.of("src/test/resources/data", name);
    }

    /** A real data file from ../shared/data, or the test is skipped when it is absent. */
    private static Path real(String name) {
        Path p = Path.of("..", "shared", "data", name);
        assumeTrue(Files.isReadable(p), () -> "skipped: real data file " + p.toAbsolutePath().normalize() + " not present");
        return p;
    }

    @Test
    void writesSortedCsvFile() throws IOException {
        Path target = dir.resolve("cinc.csv");

        int code = run("--nmc", fixture("nmc-fixture.csv").toString(), "--out", target.toString());

        assertThat(code).isZero();
        assertThat(last.err()).isEmpty();
        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8))
                .containsExactly(
                        "ccode,year,stateabb,cinc",
                        "1,2000,AAA,0.308333333",
                        "2,2000,BBB,0.308333333",
                        "3,2000,CCC,0.2",
                        "4,2000,DDD,0.183333333",
                        "1,2001,AAA,0.335",
                        "2,2001,BBB,0.285",
                        "3,2001,CCC,0.24",
                        "4,2001,DDD,0.18",
                        "1,2002,AAA,0.37",
                        "2,2002,BBB,0.27",
                        "3,2002,CCC,0.218333333",
                        "4,2002,DDD,0.2125");
        assertThat(leftovers()).containsExactly("cinc.csv");
    }

    @Test
    void sortsUnsortedInputAndUsesPlainDecimals() throws IOException {
        Path nmc = dir.resolve("nmc.csv");
        Files.writeString(
                nmc,
                "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop\n"
                        + "BIG,20,1900,999999,999999,999999,999999,999999,999999\n"
                        + "TNY,10,1900,1,1,1,1,1,1\n"
                        + "OLD,5,1899,1,1,1,1,1,-9\n");

        assertThat(run("--nmc", nmc.toString())).isZero();

        assertThat(last.out())
                .isEqualTo(
                        "ccode,year,stateabb,cinc\n"
                                + "5,1899,OLD,1\n"
                                + "10,1900,TNY,0.000001\n"
                                + "20,1900,BIG,0.999999\n");
    }

    @Test
    void writesToStdoutByDefault() {
        assertThat(run("--nmc", fixture("nmc-fixture.csv").toString())).isZero();
        assertThat(last.out()).startsWith("ccode,year,stateabb,cinc\n1,2000,AAA,0.308333333\n");
        assertThat(last.out().lines()).hasSize(13);
    }

    @Test
    void badNumberExitsTwoWithFileLineColumnAndNoOutput() throws IOException {
        Path nmc = dir.resolve("bad.csv");
        Files.writeString(
                nmc,
                "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n"
                        + "USA,2,2016,1,2,3,4,5,6,0.1,2021\n"
                        + "RUS,365,2016,1,2,3,4,five,6,0.1,2021\n");
        Path target = dir.resolve("out.csv");

        int code = run("--nmc", nmc.toString(), "--out", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(last.err())
                .contains(nmc + ":3:8: tpop: ")
                .contains("not a number: 'five'");
        assertThat(target).doesNotExist();
        assertThat(last.out()).isEmpty();
        assertThat(leftovers()).containsExactly("bad.csv");
    }

    @Test
    void badInputLeavesAnExistingOutputFileUntouched() throws IOException {
        Path nmc = dir.resolve("nocol.csv");
        Files.writeString(nmc, "stateabb,ccode,year,milex\nUSA,2,2016,1\n");
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "previous\n");

        assertThat(run("--nmc", nmc.toString(), "--out", target.toString())).isEqualTo(2);

        assertThat(last.err()).contains("nocol.csv:1: milper: required column missing");
        assertThat(Files.readString(target)).isEqualTo("previous\n");
    }

    @Test
    void missingInputFileExitsTwo() {
        Path absent = dir.resolve("absent.csv");
        assertThat(run("--nmc", absent.toString(), "--out", dir.resolve("o.csv").toString())).isEqualTo(2);
        assertThat(last.err()).contains("absent.csv").contains("file not found");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void errorsComeThroughTheOneErrorPath() throws IOException {
        Path absent = dir.resolve("absent.csv");
        run("--nmc", absent.toString());
        assertThat(last.err()).startsWith("error: ").doesNotContain("cinc:");
        assertThat(last.hasStackTrace()).isFalse();
    }

    @Test
    void anOutputThatCannotBeWrittenExitsThree() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "mine\n");
        Path target = file.resolve("cinc.csv");
        assertThat(run("--nmc", fixture("nmc-fixture.csv").toString(), "--out", target.toString())).isEqualTo(3);
        assertThat(last.err()).startsWith("error: cannot write the results into " + target);
        assertThat(last.hasStackTrace()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("mine\n");

        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "the file system lets this user write into a read-only folder (root)");
            assertThat(run("--nmc", fixture("nmc-fixture.csv").toString(), "--out", locked.resolve("c.csv").toString()))
                    .isEqualTo(3);
            assertThat(last.err()).startsWith("error: cannot write the results into ").contains("permission denied");
            assertThat(last.hasStackTrace()).isFalse();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void nmcOptionIsRequired() {
        assertThat(run()).isEqualTo(2);
        assertThat(last.err()).contains("--nmc");
    }

    @Test
    void helpMentionsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(last.out()).contains("--nmc=FILE").contains("--out=FILE").contains("Usage: alliance-sim cinc");
    }

    @Test
    void realNmcFileEndToEnd() throws IOException {
        Path real = real("NMC-60-abridged.csv");
        Path target = dir.resolve("cinc-real.csv");

        assertThat(run("--nmc", real.toString(), "--out", target.toString())).isZero();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(15_952);
        // 9 significant digits; COW publishes 0.039697491, 0.13305758 and 0.015349774.
        assertThat(lines.get(1)).isEqualTo("2,1816,USA,0.0396974913");
        assertThat(lines).anyMatch(l -> l.startsWith("2,2016,USA,0.13305758"));
        assertThat(lines).anyMatch(l -> l.startsWith("630,2016,IRN,0.01534977"));
        assertThat(lines.get(lines.size() - 1)).startsWith("990,2016,WSM,");
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
