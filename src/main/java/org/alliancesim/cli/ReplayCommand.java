package org.alliancesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alliancesim.decision.Theories;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.Seeds;
import org.alliancesim.output.Charts;
import org.alliancesim.output.DatedEvent;
import org.alliancesim.Num;

import org.alliancesim.output.OutputException;
import org.alliancesim.output.ReplayChart;
import org.alliancesim.output.Spread;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code replay}: one focal tie of a (historical) scenario over calendar time under several
 * theories, annotated with dated events, as PNG, SVG and the plotted numbers in CSV. Runs are
 * seeded as in {@code run} (replication seeds derive from {@code --seed}), so the files are
 * reproducible. The events are drawn, never fed to the model.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Chart one focal tie of a scenario over its years under several theories, with dated events.",
                "Writes OUT.png, OUT.svg and OUT.csv (the plotted mean, lowest and highest commitment)."})
final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/history/iran-russia-1992-2016.yaml.")
    Path scenarioFile;

    @Option(names = "--pair", required = true, split = ",", paramLabel = "FOCAL,PARTNER", hideParamSyntax = true, description = "The tie, focal state first.")
    List<String> pair;

    @Option(names = "--theory", paramLabel = "NAME", description = "Theory for the focal state; repeat (default: balance-of-threat, schweller-bandwagoning).")
    List<String> theories = new ArrayList<>();

    @Option(names = "--events", paramLabel = "CSV", description = "Dated events to draw (columns date, event).")
    Path events;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20", description = "Replications per theory (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "OUT.png", description = "Chart file; .svg and .csv are written beside it.")
    Path out;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioLoader.load(scenarioFile);
        List<String> chosen = RunCommand.checkTheories(theories.isEmpty() ? Theories.PAPER : theories);
        Limits.checkReps(reps, chosen.size());
        Limits.checkSeries((long) reps * chosen.size(), s.time().steps(), "replay " + (long) reps * chosen.size() + " runs");
        int pairIndex = pairIndex(s);
        List<DatedEvent> dated = new ArrayList<>();
        if (events != null) {
            try {
                double first = s.time().year(0);
                double last = s.time().year(s.time().steps() - 1) + 1;
                DatedEvent.read(events).stream().filter(e -> e.year() >= first && e.year() < last).forEach(dated::add);
            } catch (IOException e) {
                throw new InputException(e.getMessage());
            }
        }
        ForceGuard.checkNotEmpty("--out", out);
        String base = out.getFileName().toString().replaceFirst("\\.png$", "");
        Path png = out.resolveSibling(base + ".png");
        Path svg = out.resolveSibling(base + ".svg");
        Path csv = out.resolveSibling(base + ".csv");
        ForceGuard.checkFiles(List.of(png, svg, csv), java.util.Arrays.asList(scenarioFile, events));
        for (Path p : List.of(png, svg, csv)) {
            if (Files.exists(p) && !force) {
                throw new OutputException(p + " exists; pass --force to replace it");
            }
        }
        Map<String, double[][]> runs = new LinkedHashMap<>();
        for (String theory : chosen) {
            double[][] r = new double[reps][];
            for (int k = 0; k < reps; k++) {
                r[k] = Replication.run(s, theory, k, Seeds.replication(seed, k), s.time().steps(), List.of())
                        .focalCommitment()[pairIndex];
            }
            runs.put(theory, r);
        }
        String tie = pair.get(0) + "–" + pair.get(1);
        String title = org.alliancesim.output.Titles.of(s) + ": the " + tie + " tie under "
                + String.join(" and ", chosen.stream().map(org.alliancesim.output.Titles::theory).toList());
        // each file is written beside its target under a temporary name and renamed into place only
        // when all three are whole, so a kill or a full disk never leaves a partial chart
        List<Path> temps = new ArrayList<>();
        try {
            Path dir = png.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path pngTemp = org.alliancesim.NewFiles.besides(png);
            temps.add(pngTemp);
            Path svgTemp = org.alliancesim.NewFiles.besides(svg);
            temps.add(svgTemp);
            Path csvTemp = org.alliancesim.NewFiles.besides(csv);
            temps.add(csvTemp);
            Charts.save(ReplayChart.build(title, tie, s.time(), runs, dated, s.parameters().ties()), pngTemp, svgTemp, 1000, 640);
            Files.writeString(csvTemp, table(s, runs));
            org.alliancesim.NewFiles.moveInto(csvTemp, csv);
            org.alliancesim.NewFiles.moveInto(svgTemp, svg);
            org.alliancesim.NewFiles.moveInto(pngTemp, png);
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException io = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            throw org.alliancesim.output.OutputFolder.writeError(png, io);
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // a leftover temporary file is hidden and ignored by git
                }
            }
        }
        spec.commandLine().getOut().println("wrote " + png + ", " + svg.getFileName() + ", " + csv.getFileName()
                + " (" + org.alliancesim.output.Plural.of(reps, "replication") + " per theory, " + org.alliancesim.output.Plural.of(dated.size(), "event") + " drawn)");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int pairIndex(Scenario s) throws InputException {
        if (pair.size() != 2) {
            throw new InputException("--pair takes two state ids, e.g. IRN,RUS");
        }
        List<Replication.FocalPair> pairs = Replication.focalPairs(s);
        for (int k = 0; k < pairs.size(); k++) {
            Replication.FocalPair p = pairs.get(k);
            if (s.states().get(p.state()).id().equals(pair.get(0)) && s.states().get(p.partner()).id().equals(pair.get(1))) {
                return k;
            }
        }
        throw new InputException("--pair " + String.join(",", pair) + ": the first state must be focal in "
                + scenarioFile + " (focal: " + String.join(", ", s.focal()) + ") and the second another state");
    }

    private static String table(Scenario s, Map<String, double[][]> runs) {
        StringBuilder b = new StringBuilder("theory,step,year,mean,lowest,highest\n");
        runs.forEach((theory, r) -> {
            for (int t = 0; t < r[0].length; t++) {
                Spread sp = Spread.at(r, t);
                b.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s\n", theory, t, s.time().label(t),
                        Num.format(sp.mean()), Num.format(sp.lowest()), Num.format(sp.highest())));
            }
        });
        return b.toString();
    }
}
