package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CincCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new CincCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void writesSortedCsvFile() throws IOException {
    Path target = dir.resolve("cinc.csv");

    int code = run("--nmc", TestData.fixture("nmc-fixture.csv").toString(), "--out", target.toString());

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
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

    assertThat(out.toString())
        .isEqualTo(
            "ccode,year,stateabb,cinc\n"
                + "5,1899,OLD,1\n"
                + "10,1900,TNY,0.000001\n"
                + "20,1900,BIG,0.999999\n");
  }

  @Test
  void writesToStdoutByDefault() {
    assertThat(run("--nmc", TestData.fixture("nmc-fixture.csv").toString())).isZero();
    assertThat(out.toString()).startsWith("ccode,year,stateabb,cinc\n1,2000,AAA,0.308333333\n");
    assertThat(out.toString().lines()).hasSize(13);
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
    assertThat(err.toString())
        .contains(nmc.toString())
        .contains("line 3")
        .contains("column 'tpop'")
        .contains("not a number: 'five'");
    assertThat(target).doesNotExist();
    assertThat(out.toString()).isEmpty();
    assertThat(leftovers()).containsExactly("bad.csv");
  }

  @Test
  void badInputLeavesAnExistingOutputFileUntouched() throws IOException {
    Path nmc = dir.resolve("nocol.csv");
    Files.writeString(nmc, "stateabb,ccode,year,milex\nUSA,2,2016,1\n");
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "previous\n");

    assertThat(run("--nmc", nmc.toString(), "--out", target.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("nocol.csv").contains("line 1").contains("column 'milper'");
    assertThat(Files.readString(target)).isEqualTo("previous\n");
  }

  @Test
  void missingInputFileExitsTwo() {
    Path absent = dir.resolve("absent.csv");
    assertThat(run("--nmc", absent.toString(), "--out", dir.resolve("o.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("absent.csv").contains("file not found");
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }

  @Test
  void nmcOptionIsRequired() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("--nmc");
  }

  @Test
  void helpMentionsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--nmc=FILE").contains("--out=FILE").contains("Usage: cinc");
  }

  @Test
  void realNmcFileEndToEnd() throws IOException {
    Path real = TestData.real("NMC-60-abridged.csv");
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
