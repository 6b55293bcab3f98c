package org.alliancesim.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cinc}: recomputes the Composite Index of National Capability from a COW NMC file and writes
 * {@code ccode,year,stateabb,cinc} sorted by year then ccode. Exit codes: 0 success, 2 bad input
 * (message on stderr naming file, line and column; no output file is written), 1 output failure.
 */
@Command(
    name = "cinc",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute COW's Composite Index of National Capability (CINC) from a National Material"
          + " Capabilities file.",
      "CINC = mean, over the non-missing of the six components, of the state's share of the"
          + " system total in that year (as COW computes it; -9 marks a missing value).",
      "Output columns: ccode,year,stateabb,cinc sorted by year then ccode; a state-year with no"
          + " known component gets cinc -9."
    })
public final class CincCommand implements Callable<Integer> {

  /** Exit code for unreadable or malformed input. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code when the output cannot be written. */
  public static final int EXIT_OUTPUT_FAILED = 1;

  static final int SIGNIFICANT_DIGITS = 9;

  @Spec private CommandSpec spec;

  @Option(
      names = "--nmc",
      required = true,
      paramLabel = "FILE",
      description = "COW NMC file (e.g. NMC-60-abridged.csv).")
  private Path nmc;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output CSV file (default: standard output).")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String csv;
    try {
      csv = toCsv(CincCalculator.compute(NmcReader.read(nmc)));
    } catch (IOException e) {
      err.println("cinc: " + e.getMessage());
      err.flush();
      return EXIT_BAD_INPUT;
    }
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(csv);
      stdout.flush();
      return 0;
    }
    try {
      org.alliancesim.NewFiles.writeString(out, csv);
    } catch (IOException e) {
      err.println("cinc: cannot write " + out + ": " + e);
      err.flush();
      return EXIT_OUTPUT_FAILED;
    }
    return 0;
  }

  /** The output table, header included, lines ending in '\n'. */
  static String toCsv(List<CincValue> values) {
    StringWriter sw = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (CSVPrinter p = new CSVPrinter(sw, format)) {
      p.printRecord("ccode", "year", "stateabb", "cinc");
      for (CincValue v : values) {
        String cinc =
            v.cinc().isPresent()
                ? SignificantDigits.format(v.cinc().getAsDouble(), SIGNIFICANT_DIGITS)
                : "-9";
        p.printRecord(Integer.toString(v.ccode()), Integer.toString(v.year()), v.stateabb(), cinc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // StringWriter does not fail
    }
    return sw.toString();
  }
}
