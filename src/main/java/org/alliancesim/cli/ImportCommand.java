package org.alliancesim.cli;

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
import java.util.function.Consumer;
import org.alliancesim.importer.HistoricalImport;
import org.alliancesim.importer.ImportException;
import org.alliancesim.importer.ImportRequest;
import org.alliancesim.importer.ImportedScenario;
import org.alliancesim.importer.ScenarioImporter;
import org.alliancesim.importer.Template;
import org.alliancesim.importer.TheoryInputCheck;
import org.alliancesim.NewFiles;
import org.alliancesim.data.CapdistReader;
import org.alliancesim.data.CapitalCoordinates;
import org.alliancesim.data.CapitalDistances;
import org.alliancesim.data.IdealPointReader;
import org.alliancesim.data.IdealPoints;
import org.alliancesim.data.NmcData;
import org.alliancesim.history.HistoricalData;
import org.alliancesim.history.InputBuilder;
import org.alliancesim.history.MappingParams;
import org.alliancesim.history.Settling;
import org.alliancesim.Num;
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
 * year. With a template (or the file-based inputs) the text is loaded by {@link ScenarioLoader} before
 * it is written, so the user's assumptions pass the same checks as any scenario; from --data alone
 * every value is the data's, written in range, and the warnings come from the values as written
 * (the text is not read back; the import tests load every file they write). Bad input exits 2 and
 * writes nothing. See {@code docs/data.md}.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a scenario from Correlates of War capabilities, capital distances and UN ideal points,",
                "or with --data DIR every input from the historical data sets, for any year and any states.",
                "Power: population/economy/military = COW's demographic/industrial/military dimensions (docs/data.md).",
                "Warnings on stderr name every state missing from capdist or the UN data."})
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR",
            description = {"Folder laid out like ../shared/data: any year from 1816, states that no longer exist,",
                    "every input from data (docs/data.md). Replaces --nmc, --capdist and --ideal."})
    Path data;

    @Option(names = "--nmc", paramLabel = "FILE", description = "COW NMC v6 file (NMC-60-abridged.csv).")
    Path nmc;

    @Option(names = "--capdist", paramLabel = "FILE", description = "Gleditsch & Ward capdist file.")
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

    @Option(names = "--settle", paramLabel = "N",
            description = "Steps before the first year that hold its inputs so that ties settle (default: ${DEFAULT-VALUE},"
                    + " enough for commitment and perception to close 99%% of their gaps at the default rates).")
    Integer settle = Settling.DEFAULT_STEPS;

    @Option(names = "--without", split = ",", paramLabel = "INPUT",
            description = "With --data: inputs not to take from data (intent, offense, reach, trade, gains, identity).")
    List<String> without = new ArrayList<>();

    @Option(names = "--revisionism-proxy",
            description = "With --data: revisionism from the MIDs' revisionist side instead of status quo (docs/data.md).")
    boolean revisionismProxy;

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
        if (settle < 0) {
            throw new InputException("--settle must be 0 or more, got " + settle);
        }
        if (data != null && (nmc != null || capdist != null || ideal != null)) {
            throw new InputException("give --data DIR or the files --nmc/--capdist/--ideal, not both");
        }
        if (data == null && (nmc == null || capdist == null)) {
            throw new InputException("give --data DIR (a folder laid out like ../shared/data), or --nmc and --capdist");
        }
        if (data == null && (!without.isEmpty() || revisionismProxy)) {
            throw new InputException("--without and --revisionism-proxy need --data");
        }
        if (out != null && Files.exists(out) && !force) {
            throw new OutputException(out + " exists; pass --force to replace it");
        }
        List<String> ids = states.size() == 1 && states.get(0).strip().equalsIgnoreCase("all") ? List.of() : states;
        Template tpl = template == null ? null : Template.read(template);
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> warn = w -> err.println("warning: " + w);
        String scenarioName = name != null ? name : "import-" + years[0] + (years[1] > years[0] ? "-" + years[1] : "");
        ImportRequest req = new ImportRequest(years[0], years[1], ids, focal, scenarioName, intentScale, tpl,
                data != null ? historyHeader(years, tpl) : header(years, tpl), settle);
        ImportedScenario imported;
        String text = null;
        try {
            if (data != null) {
                MappingParams mapping = mapping();
                int tradeFrom = years[0] - (int) mapping.tradeCarryYears();
                imported = new HistoricalImport(new InputBuilder(read(data, d -> HistoricalData.load(d, tradeFrom, years[1])),
                        mapping), warn).imported(req);
            } else {
                ScenarioImporter importer = new ScenarioImporter(read(nmc, NmcData::read), read(capdist, CapdistReader::read),
                        ideal == null ? null : read(ideal, IdealPointReader::read), CapitalCoordinates.bundled(), warn);
                imported = null;
                text = importer.build(req);
            }
        } catch (ImportException e) {
            throw new InputException(e.getMessage());
        } finally {
            err.flush();
        }
        if (imported == null || tpl != null) {
            // the user's template (or the file-based import): load the text as any scenario is loaded
            String t = imported == null ? text : imported.text();
            Scenario s = ScenarioLoader.parse(t, out != null ? out.toString() : "<import>");
            imported = new ImportedScenario(t, s.states().size(), s.distances().size(), s.events().size(),
                    s.time().steps(), TheoryInputCheck.warnings(s));
        }
        imported.theoryWarnings().forEach(w -> err.println("warning: no inputs for " + w));
        if (out == null) {
            spec.commandLine().getOut().print(imported.text());
            spec.commandLine().getOut().flush();
        } else {
            try {
                NewFiles.writeString(out, imported.text());
            } catch (IOException e) {
                throw new OutputException("cannot write " + out + ": " + e.getMessage());
            }
            err.println("wrote " + out + " (" + imported.states() + " states, " + imported.distances()
                    + " distances, " + imported.events() + " events, " + imported.steps() + " steps)");
        }
        err.flush();
        return 0;
    }

    private MappingParams mapping() throws InputException {
        try {
            return MappingParams.DEFAULTS.withUnScale(intentScale).without(without).withRevisionism(revisionismProxy);
        } catch (IllegalArgumentException e) {
            throw new InputException("--without: " + e.getMessage());
        }
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
        if (!Files.isDirectory(file)) { // --data names a folder; every other input a file
            regular(file);
        }
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
        h.add("# Year: states and " + (settle > 0 ? "values from " + years[0] + "; steps 0-" + (settle - 1)
                + " (labelled " + (years[0] - settle) + "-" + (years[0] - 1) + ") hold them so that ties settle, step "
                + settle + " is " + years[0] : "step-0 values from " + years[0])
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

    private List<String> historyHeader(int[] years, Template tpl) throws InputException {
        List<String> h = new ArrayList<>();
        h.add("# Generated by `alliance-sim import` from the data sets below; regenerate rather than edit. Command:");
        h.add("#   alliance-sim " + String.join(" ", spec.commandLine().getParseResult().originalArgs().stream()
                .map(ImportCommand::shellWord).toList()));
        h.add("# Sources (folder " + data + "; citations and mappings in docs/data.md):");
        String[][] files = {
            {HistoricalData.STATES, "COW State System Membership v2016"},
            {HistoricalData.CAPITALS, "COW capitals with dates (coordinates as in peacesciencer)"},
            {HistoricalData.NMC, "COW National Material Capabilities v6.0 (Singer, Bremer & Stuckey 1972)"},
            {HistoricalData.CAPDIST, "capital distances (Gleditsch & Ward 2001)"},
            {HistoricalData.IDEAL, "UN GA ideal points (Bailey, Strezhnev & Voeten 2017)"},
            {HistoricalData.RIVALRIES, "strategic rivalries (Thompson & Dreyer 2012)"},
            {HistoricalData.DISPUTES, "directed MID dispute-years (Gibler, Miller & Little 2016)"},
            {HistoricalData.TRADE, "COW dyadic trade v4.0 (Barbieri & Keshk 2016)"},
            {HistoricalData.DEMOCRACY, "V-Dem polyarchy and Polity polity2"},
            {HistoricalData.CONTIGUITY, "COW direct contiguity (Stinnett et al. 2002)"},
            {HistoricalData.MAJORS, "COW major powers"},
        };
        for (String[] f : files) {
            Path p = data.resolve(f[0]);
            h.add("#   " + f[1] + ": " + (Files.exists(p) ? source(p) : "absent"));
        }
        h.add("#   Template (assumptions not in the data): " + (tpl == null ? "none" : source(template)));
        h.add("# Steps 0-" + (settle - 1) + " (labelled " + (years[0] - settle) + "-" + (years[0] - 1) + ") hold "
                + years[0] + "'s inputs so that ties settle; step " + settle + " is " + years[0]
                + (years[1] > years[0] ? ", then one step per year to " + years[1] : "") + ".");
        h.add("# Power: COW's three dimensions in % of the world (as without --data). Perceived intent: noisy-OR of");
        h.add("#   rivalry, decayed disputes and (from 1946) UN voting. Offense: military share and contiguity.");
        h.add("#   Reach: major powers. Trade: share of the state's trade. Gains: trade and shared rivals.");
        h.add("#   Identity and regime: Polity bins, else V-Dem. Off: " + (without.isEmpty() ? "none" : String.join(", ",
                without)) + "; revisionism: " + (revisionismProxy ? "MID proxy" : "status quo") + ".");
        h.add("# Not from data: credibility 0.8 (loader default), political gains 0, module balance-of-threat.");
        return h;
    }

    private static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./,=:+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** Refuses devices, pipes and folders before anything reads them (a device never ends). */
    private static void regular(Path file) throws InputException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException(file + ": not a regular file (a device, pipe or folder); give a CSV file");
        }
    }

    private static String source(Path file) throws InputException {
        regular(file);
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
