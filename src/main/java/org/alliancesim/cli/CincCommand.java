package org.alliancesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliancesim.NewFiles;
import org.alliancesim.data.CincStream;
import org.alliancesim.data.DataFormatException;
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
        // streamed into a temporary file (bounded memory whatever the file's length), then
        // renamed onto --out or copied to standard output: bad input found in a later pass
        // leaves nothing half-written
        Path tmp;
        IOException cannotWrite = null; // reported after the input is checked: bad input comes first
        try {
            tmp = out == null ? Files.createTempFile("alliance-sim-cinc-", ".csv") : NewFiles.besides(out);
        } catch (IOException e) {
            cannotWrite = e;
            try {
                tmp = Files.createTempFile("alliance-sim-cinc-", ".csv");
            } catch (IOException again) {
                throw OutputFolder.writeError(out == null ? Path.of(System.getProperty("java.io.tmpdir")) : out, e);
            }
        }
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                CincStream.write(nmc, w);
            } catch (DataFormatException e) {
                throw new InputException(e.getMessage());
            } catch (IOException e) {
                if (e instanceof java.nio.file.FileSystemException f && nmc.toString().equals(f.getFile())) {
                    throw new InputException(e.getMessage()); // the NMC file cannot be read
                }
                throw OutputFolder.writeError(out == null ? tmp : out, e);
            }
            if (cannotWrite != null) {
                throw OutputFolder.writeError(out, cannotWrite);
            }
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                try (Reader r = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
                    r.transferTo(stdout);
                } catch (IOException e) {
                    throw OutputFolder.writeError(tmp, e);
                }
                stdout.flush();
                return 0;
            }
            try {
                NewFiles.moveInto(tmp, out);
            } catch (IOException e) {
                throw OutputFolder.writeError(out, e);
            }
            return 0;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
