package org.alliancesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliancesim.NewFiles;
import org.alliancesim.data.CincCalculator;
import org.alliancesim.data.CincCsv;
import org.alliancesim.data.NmcReader;
import org.alliancesim.output.OutputException;
import org.alliancesim.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cinc}: recomputes the Composite Index of National Capability from a COW NMC file and
 * writes {@code ccode,year,stateabb,cinc} sorted by year then ccode ({@link CincCsv}). Errors go
 * through {@link Errors}: an unreadable or malformed input exits 2 (naming file, line and column;
 * no output file is written), an output that cannot be written exits 3 (an existing file is left
 * as it was).
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

    @Spec
    private CommandSpec spec;

    @Option(names = "--nmc", required = true, paramLabel = "FILE",
            description = "COW NMC file (e.g. NMC-60-abridged.csv).")
    private Path nmc;

    @Option(names = "--out", paramLabel = "FILE", description = "Output CSV file (default: standard output).")
    private Path out;

    @Override
    public Integer call() throws InputException, OutputException {
        String csv;
        try {
            csv = CincCsv.toCsv(CincCalculator.compute(NmcReader.read(nmc)));
        } catch (IOException e) {
            throw new InputException(e.getMessage());
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(csv);
            stdout.flush();
            return 0;
        }
        try {
            NewFiles.writeString(out, csv);
        } catch (IOException e) {
            throw OutputFolder.writeError(out, e);
        }
        return 0;
    }
}
