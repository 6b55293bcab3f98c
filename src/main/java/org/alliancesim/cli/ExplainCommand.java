package org.alliancesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancesim.decision.Explanation;
import org.alliancesim.decision.Theories;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.TieParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code explain}: why a pair stands where it does at one date: each side's desire with every
 * factor its decision module computed, what the bargaining rule makes of the two, the realised
 * commitment and level, and the attributed cause of the pair's last change. With
 * {@code --over-time FILE} the factors of every step go to a tidy CSV.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Say why a tie stands where it does: each side's desire and its factors, what caps the tie,"
                + " and the cause of its last change."})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/iran-russia.yaml")
    Path scenarioFile;

    @Option(names = "--pair", paramLabel = "A,B", required = true, description = "The two states, e.g. IRN,RUS.")
    String pair;

    @Option(names = "--theory", paramLabel = "NAME",
            description = "Decision module for the focal states (or every state with --all-states); default: as the scenario says.")
    String theory;

    @Option(names = "--at", paramLabel = "DATE|STEP",
            description = "A date in the scenario's unit (2030, 2030Q2, 2030-05) or a step number (default: the last step).")
    String at;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed: explain replays replication 0 of `run --seed S` (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--over-time", paramLabel = "FILE", description = "Also write every step's factors as a tidy CSV.")
    Path overTime;

    @Mixin
    RunnerOptions runner;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioTemplate template = runner.scoped(ScenarioTemplate.load(scenarioFile));
        // the first replication of `run --seed S`, so explain's numbers are those in its series.csv
        long runSeed = org.alliancesim.experiment.Seeds.replication(seed, 0);
        Scenario s = template.resolve(runSeed);
        if (theory != null && Theories.byName(theory) == null) {
            throw new InputException("unknown theory '" + theory + "'; choose from " + String.join(", ", Theories.names()));
        }
        String[] ids = pair.split(",", -1);
        if (ids.length != 2) {
            throw new InputException("--pair takes two state ids separated by a comma, got '" + pair + "'");
        }
        int a = indexOf(s, ids[0].trim());
        int b = indexOf(s, ids[1].trim());
        if (a == b) {
            throw new InputException("--pair names the same state twice: '" + pair + "'");
        }
        int step = step(s.time(), at);
        AllianceModel model = new AllianceModel(s, theory, runSeed);
        FactorTable table = overTime == null ? null : new FactorTable(s.time());
        model.start();
        for (int t = 0; t <= step; t++) {
            model.schedule.step(model);
            if (table != null) {
                table.add(model, t, a, b);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        print(o, model, s, a, b, step);
        model.finish();
        if (table != null) {
            table.write(overTime);
            o.println("Factors of every step: " + overTime);
        }
        o.flush();
        return 0;
    }

    private static int indexOf(Scenario s, String id) throws InputException {
        int k = s.indexOf(id);
        if (k < 0) {
            throw new InputException("--pair: no state '" + id + "' in the scenario; its states are "
                    + String.join(", ", s.states().stream().map(x -> x.id()).toList()));
        }
        return k;
    }

    /** The step a date or step number names, within the run. */
    static int step(TimeSpec time, String at) throws InputException {
        if (at == null) {
            return time.steps() - 1;
        }
        for (int t = 0; t < time.steps(); t++) {
            if (time.label(t).equals(at)) {
                return t;
            }
        }
        if (at.matches("\\d{1,9}")) { // not a date of this run (dates were tried first): a step
            int t = Integer.parseInt(at);
            if (t < time.steps()) {
                return t;
            }
        }
        throw new InputException("--at '" + at + "' is not a date or step of this run (" + time.label(0) + " to "
                + time.label(time.steps() - 1) + ", steps 0 to " + (time.steps() - 1) + ")");
    }

    private static void print(PrintWriter o, AllianceModel m, Scenario s, int a, int b, int step) {
        String date = s.time().label(step);
        o.printf(Locale.ROOT, "%s-%s at %s (step %d)%n%n", s.states().get(a).id(), s.states().get(b).id(), date, step);
        side(o, m, a, b);
        side(o, m, b, a);
        TieParams tp = s.parameters().ties();
        double da = m.desire(a, b);
        double db = m.desire(b, a);
        double target = tp.target(da, db);
        String capper = da <= db ? s.states().get(a).id() : s.states().get(b).id();
        o.printf(Locale.ROOT, "The tie%n");
        if (tp.bargaining() == TieParams.Bargaining.CONSENT) {
            o.printf(Locale.ROOT, "  target %.3f: consent, the smaller desire (%s's caps the tie)%n", target, capper);
        } else {
            o.printf(Locale.ROOT, "  target %.3f: Nash bargaining with transfers, mean desire %.3f less cost %.2f"
                    + " (rescaled); %s is paid to join%n", target, (da + db) / 2, tp.cost(), capper);
        }
        o.printf(Locale.ROOT, "  commitment %.3f, level %s (thresholds: alignment %.2f, coalition %.2f, alliance %.2f)%n",
                m.ties().commitment(a, b), m.ties().level(a, b).label(), tp.alignment(), tp.coalition(), tp.alliance());
        TieChange last = null;
        for (TieChange c : m.changes()) {
            if (c.step() <= step && ((c.a() == a && c.b() == b) || (c.a() == b && c.b() == a))) {
                last = c;
            }
        }
        if (last == null) {
            o.printf(Locale.ROOT, "  no change of level up to %s%n", date);
        } else {
            String cause = last.cause() == null ? ""
                    : String.format(Locale.ROOT, "; cause %s (%s), decided by %s", last.cause().label(),
                            last.cause().meaning(), s.states().get(last.decider()).id());
            o.printf(Locale.ROOT, "  last change: %s, %s -> %s%s%n", s.time().label(last.step()), last.from().label(),
                    last.to().label(), cause);
        }
        o.printf(Locale.ROOT, "%nThe assumptions behind these numbers (scenario keys under parameters)%n");
        java.util.Set<String> groups = new java.util.LinkedHashSet<>();
        for (int k : new int[] {a, b}) {
            String g = org.alliancesim.backtest.ParameterPaths.group(m.module(k).name());
            if (g != null) {
                groups.add(g);
            }
        }
        groups.addAll(List.of("threat", "alliances", "learning", "ties"));
        for (String g : groups) {
            o.printf(Locale.ROOT, "  %-16s %s%n", g, component(s.parameters(), g));
        }
    }

    /** A parameter group's values as {@code key=value, ...}, read off its record. */
    private static String component(org.alliancesim.scenario.Parameters p, String group) {
        try {
            Object r = org.alliancesim.scenario.Parameters.class.getMethod(group).invoke(p);
            String text = r.toString();
            int open = text.indexOf('[');
            String values = open < 0 ? text : text.substring(open + 1, text.length() - 1);
            // enum values as the scenario file writes them (CONSENT -> consent, WEAKER_SIDE -> weaker-side)
            java.util.regex.Matcher e = java.util.regex.Pattern.compile("=([A-Z][A-Z_]*)").matcher(values);
            StringBuilder out = new StringBuilder();
            while (e.find()) {
                e.appendReplacement(out, "=" + e.group(1).toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return e.appendTail(out).toString();
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static void side(PrintWriter o, AllianceModel m, int i, int j) {
        Explanation e = m.module(i).explain(m.view(), i, j);
        o.printf(Locale.ROOT, "%s wants %s: %.3f (%s)%n", m.view().id(i), m.view().id(j), e.desire(), m.module(i).name());
        for (Explanation.Factor f : e.factors()) {
            o.printf(Locale.ROOT, "  %-44s %.3f%n", f.name(), f.value());
        }
        o.println();
    }

    /** Every step's factors of both sides, as tidy rows. */
    private static final class FactorTable {
        private final StringBuilder rows = new StringBuilder("step,date,state,partner,theory,factor,value\n");
        private final TimeSpec time;

        FactorTable(TimeSpec time) {
            this.time = time;
        }

        void add(AllianceModel m, int t, int a, int b) {
            for (int[] d : List.of(new int[] {a, b}, new int[] {b, a})) {
                Explanation e = m.module(d[0]).explain(m.view(), d[0], d[1]);
                row(m, t, d[0], d[1], "desire", e.desire());
                for (Explanation.Factor f : e.factors()) {
                    row(m, t, d[0], d[1], f.name(), f.value());
                }
            }
            row(m, t, a, b, "commitment", m.ties().commitment(a, b));
        }

        private void row(AllianceModel m, int t, int i, int j, String factor, double v) {
            rows.append(t).append(',').append(time.label(t)).append(',').append(m.view().id(i)).append(',')
                    .append(m.view().id(j)).append(',').append(m.module(i).name()).append(',')
                    .append(org.alliancesim.output.Csv.field(factor)).append(',').append(String.format(Locale.ROOT, "%.6g", v)).append('\n');
        }

        void write(Path file) throws java.io.IOException {
            org.alliancesim.NewFiles.writeString(file, rows.toString());
        }
    }
}
