package org.alliancesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alliancesim.experiment.Endings;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.Cause;

/**
 * The comparison of theories across scenarios, the simulated counterpart of the paper's Table 4
 * (docs/theory.md): {@code comparison.csv} (one row per scenario, theory and focal pair) and
 * {@code comparison.md} (scenarios as rows, theories as columns, one table per focal pair).
 */
public final class ComparisonTable {
    public static final String HEADER = "scenario,theory,state,partner,ended_share,median_end_step,dominant_cause";

    private ComparisonTable() {
    }

    public static void writeCsv(List<ScenarioOutcome> outcomes, Writer w) throws IOException {
        w.write(HEADER + "\n");
        for (ScenarioOutcome o : outcomes) {
            var states = o.scenario().states();
            for (String theory : o.theories()) {
                for (int k = 0; k < o.aggregate().focalPairs().size(); k++) {
                    Replication.FocalPair p = o.aggregate().focalPairs().get(k);
                    Endings e = o.endings(theory, k);
                    Cause c = e.dominantCause();
                    w.write(String.join(",", csv(o.label()), theory, csv(states.get(p.state()).id()),
                            csv(states.get(p.partner()).id()), Num.format(e.endedShare()),
                            e.medianEndStep() < 0 ? "" : Integer.toString(e.medianEndStep()),
                            c == null ? "" : c.label()) + "\n");
                }
            }
        }
    }

    /** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
    static String csv(String v) {
        return Csv.field(v);
    }

    /** The readable table; {@code preamble} lines (how it was made) go above it. */
    public static void writeMarkdown(List<ScenarioOutcome> outcomes, List<String> preamble, Writer w) throws IOException {
        w.write("# How the focal ties end, by scenario and theory\n\n");
        for (String line : preamble) {
            w.write(line + "\n");
        }
        w.write("\nA cell reads `ends P% (CAUSE, median WHEN)` when the tie fell to none after standing in P% of the "
                + "replications, CAUSE being the most frequent attributed cause (W1-W6, S1, S2, other) and WHEN the "
                + "median step it ended; `holds (LEVEL)` when it never ended (LEVEL: the most common final level); "
                + "`never formed` when it never stood.\n");
        List<String> theories = theories(outcomes);
        for (String pair : pairs(outcomes)) {
            w.write("\n## " + pair + "\n\n| scenario |");
            for (String t : theories) {
                w.write(" " + t + " |");
            }
            w.write("\n|---|");
            w.write("---|".repeat(theories.size()));
            w.write("\n");
            for (ScenarioOutcome o : outcomes) {
                int k = pairIndex(o, pair);
                if (k < 0) {
                    continue;
                }
                w.write("| " + o.label() + " |");
                for (String t : theories) {
                    w.write(" " + (o.theories().contains(t) ? cell(o, t, k) : "") + " |");
                }
                w.write("\n");
            }
        }
    }

    /** One cell of the readable table. */
    static String cell(ScenarioOutcome o, String theory, int k) {
        Endings e = o.endings(theory, k);
        if (e.stood() == 0) {
            return "never formed";
        }
        if (e.ended() == 0) {
            return "holds (" + o.modalFinalLevel(theory, k).label() + ")";
        }
        long pct = Math.round(100 * e.endedShare());
        return String.format(Locale.ROOT, "ends %d%% (%s, median %s)", pct, e.dominantCause().label(),
                o.scenario().time().label(e.medianEndStep()));
    }

    private static List<String> theories(List<ScenarioOutcome> outcomes) {
        Set<String> t = new LinkedHashSet<>();
        outcomes.forEach(o -> t.addAll(o.theories()));
        return new ArrayList<>(t);
    }

    /** Focal pairs that stood somewhere, in order of first appearance. */
    private static List<String> pairs(List<ScenarioOutcome> outcomes) {
        Set<String> p = new LinkedHashSet<>();
        for (ScenarioOutcome o : outcomes) {
            for (int k : o.pairsThatStood()) {
                p.add(o.pairLabel(k));
            }
        }
        return new ArrayList<>(p);
    }

    private static int pairIndex(ScenarioOutcome o, String label) {
        for (int k = 0; k < o.aggregate().focalPairs().size(); k++) {
            if (o.pairLabel(k).equals(label)) {
                return k;
            }
        }
        return -1;
    }
}
