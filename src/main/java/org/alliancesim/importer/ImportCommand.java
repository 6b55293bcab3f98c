package org.alliancesim.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancesim.cli.InputException;
import org.alliancesim.data.AtomicFiles;
import org.alliancesim.data.CapdistReader;
import org.alliancesim.data.CapitalCoordinates;
import org.alliancesim.data.CapitalDistances;
import org.alliancesim.data.IdealPointReader;
import org.alliancesim.data.IdealPoints;
import org.alliancesim.data.NmcData;
import org.alliancesim.output.Num;
import org.alliancesim.output.OutputException;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import}: writes a scenario for any year and set of states from COW NMC, capdist and
 * (optionally) UN ideal points; with {@code --from/--to}, power and intents follow the data year by
 * year. The text is validated by {@link ScenarioLoader} before it is written, so a file that is
 * written always loads. Bad input exits 2 and writes nothing. See {@code docs/data.md}.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a scenario from Correlates of War capabilities, capital distances and UN ideal points.",
                "Power: population/economy/military = COW's demographic/industrial/military dimensions (docs/data.md).",
                "Warnings on stderr name every state missing from capdist or the UN data."})
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--nmc", required = true, paramLabel = "FILE", description = "COW NMC v6 file (NMC-60-abridged.csv).")
    Path nmc;

    @Option(names = "--capdist", required = true, paramLabel = "FILE", description = "Gleditsch & Ward capdist file.")
    Path capdist;

    @Option(names = "--ideal", paramLabel = "FILE",
            description = "UN GA ideal points (Bailey, Strezhnev & Voeten); turns on the intent proxy.")
    Path ideal;

    @Option(names = "--year", paramLabel = "Y", description = "Year of the states and values (default: --from).")
    Integer year;

    @Option(names = "--from", paramLabel = "Y1", description = "First year of a yearly trajectory (step 0).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y2", description = "Last year of the trajectory.")
    Integer to;

    @Option(names = "--states", required = true, split = ",", paramLabel = "A,B,C|all", hideParamSyntax = true,
            description = "COW abbreviations, or 'all' for every state in the system that year.")
    List<String> states;

    @Option(names = "--focal", paramLabel = "ID", description = "Focal state (default: the first state).")
    String focal;

    @Option(names = "--name", paramLabel = "NAME", description = "Scenario name (default: import-<year>).")
    String name;

    @Option(names = "--intent-scale", paramLabel = "D", defaultValue = "4",
            description = "Ideal-point distance read as intent 1 (default: ${DEFAULT-VALUE}).")
    double intentScale;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Overlay of assumptions not in the data (modules, gains, credibility, events).")
    Path template;

    @Option(names = "--out", paramLabel = "SCENARIO.yaml", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int[] years = years();
        if (!(intentScale > 0) || !Double.isFinite(intentScale)) {
            throw new InputException("--intent-scale must be a positive number, got " + intentScale);
        }
        if (out != null && Files.exists(out) && !force) {
            throw new OutputException(out + " exists; pass --force to replace it");
        }
        List<String> ids = states.size() == 1 && states.get(0).strip().equalsIgnoreCase("all") ? List.of() : states;
        Template tpl = template == null ? null : Template.read(template);
        PrintWriter err = spec.commandLine().getErr();
        ScenarioImporter importer = new ScenarioImporter(read(nmc, NmcData::read), read(capdist, CapdistReader::read),
                ideal == null ? null : read(ideal, IdealPointReader::read), CapitalCoordinates.bundled(),
                w -> err.println("warning: " + w));
        String scenarioName = name != null ? name : "import-" + years[0] + (years[1] > years[0] ? "-" + years[1] : "");
        ImportRequest req = new ImportRequest(years[0], years[1], ids, focal, scenarioName, intentScale, tpl,
                header(years, tpl));
        String text;
        try {
            text = importer.build(req);
        } catch (ImportException e) {
            throw new InputException(e.getMessage());
        } finally {
            err.flush();
        }
        Scenario s = ScenarioLoader.parse(text, out != null ? out.toString() : "<import>");
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                AtomicFiles.writeString(out, text);
            } catch (IOException e) {
                throw new OutputException("cannot write " + out + ": " + e.getMessage());
            }
            err.println("wrote " + out + " (" + s.states().size() + " states, " + s.distances().size()
                    + " distances, " + s.events().size() + " events)");
            err.flush();
        }
        return 0;
    }

    private int[] years() throws InputException {
        if ((from == null) != (to == null)) {
            throw new InputException("give --from and --to together");
        }
        if (from == null) {
            if (year == null) {
                throw new InputException("give --year Y, or --from Y1 --to Y2");
            }
            return new int[] {year, year};
        }
        if (to < from) {
            throw new InputException("--to " + to + " is before --from " + from);
        }
        if (year != null && !year.equals(from)) {
            throw new InputException("--year " + year + " differs from --from " + from
                    + ": a trajectory starts with the states and values of its first year");
        }
        return new int[] {from, to};
    }

    private interface Reader<T> {
        T read(Path p) throws IOException;
    }

    private static <T> T read(Path file, Reader<T> reader) throws InputException {
        try {
            return reader.read(file);
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            throw new InputException(m.contains(file.toString()) ? m : file + ": " + m);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private List<String> header(int[] years, Template tpl) throws InputException {
        List<String> h = new ArrayList<>();
        h.add("# Generated by `alliance-sim import` from the data sets below; regenerate rather than edit. Command:");
        h.add("#   alliance-sim " + String.join(" ", spec.commandLine().getParseResult().originalArgs().stream()
                .map(ImportCommand::shellWord).toList()));
        h.add("# Sources:");
        h.add("#   COW National Material Capabilities (Singer, Bremer & Stuckey 1972; Greig & Enterline 2021, v6.0):");
        h.add("#     " + source(nmc));
        h.add("#   Capital distances, capdist (Gleditsch & Ward 2001): " + source(capdist));
        h.add("#   UN General Assembly ideal points (Bailey, Strezhnev & Voeten 2017): "
                + (ideal == null ? "not used" : source(ideal)));
        h.add("#   Capitals: the table bundled with alliance-sim (" + CapitalCoordinates.RESOURCE + ")");
        h.add("#   Template (assumptions not in the data): " + (tpl == null ? "none" : source(template)));
        h.add("# Year: states and step-0 values from " + years[0]
                + (years[1] > years[0] ? "; one step = one year, power" + (ideal != null ? " and intents" : "")
                + " follow the data to " + years[1] : "") + ".");
        h.add("# Power: population = mean share of world tpop and upop, economy = of irst and pec, military = of");
        h.add("#   milex and milper, in % of the world that year; over the whole system their mean is COW's CINC.");
        h.add(ideal == null ? "# Perceived intent: no data; the scenario default (parameters.perception.defaultIntent)."
                : "# Perceived intent (proxy, not a measurement): min(1, |ideal point i - ideal point j| / "
                + Num.format(intentScale) + ").");
        h.add("# Not from data (loader defaults unless the template sets them): offense 0.5, reach 1, revisionism");
        h.add("#   status-quo, credibility 0.8, no expected gains, no trade, no identity, module balance-of-threat.");
        return h;
    }

    private static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./,=:+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String source(Path file) throws InputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return file.getFileName() + " (" + String.format(Locale.ROOT, "%,d", bytes.length).replace(',', ' ')
                    + " bytes, sha256 " + sha.substring(0, 16) + ")";
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
