package org.alliancesim.output;

import org.alliancesim.Num;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** The columns before the per-cause shares. */
    public static final String HEADER_HEAD = "scenario,theory,state,partner,replications,outcome,formed_share,ended_share,"
            + "median_end_step,median_end_date,dominant_cause";
    public static final String HEADER = HEADER_HEAD + causeColumns() + ",first_level,final_level,reformed_share";

    private ComparisonTable() {
    }

    /** ",cause_W1,...,cause_other": the share of the endings attributed to each cause. */
    private static String causeColumns() {
        StringBuilder sb = new StringBuilder();
        for (Cause c : Cause.values()) {
            sb.append(",cause_").append(c.label());
        }
        return sb.toString();
    }

    /**
     * One row per scenario, theory and focal pair: the outcome in the words of the other outputs
     * (never formed, holds, ends), the shares of replications in which the tie formed and ended,
     * the median step and date it ended, the dominant cause, each cause's share of the endings
     * (empty when it never ended), and the most common first and final levels.
     */
    public static void writeCsv(List<ScenarioOutcome> outcomes, Writer w) throws IOException {
        w.write(HEADER + "\n");
        for (ScenarioOutcome o : outcomes) {
            var states = o.scenario().states();
            for (String theory : o.theories()) {
                for (int k = 0; k < o.aggregate().focalPairs().size(); k++) {
                    Replication.FocalPair p = o.aggregate().focalPairs().get(k);
                    TieVerdict v = o.verdict(theory, k);
                    Endings e = v.endings();
                    Cause c = e.dominantCause();
                    StringBuilder row = new StringBuilder(String.join(",", csv(o.label()), theory, csv(states.get(p.state()).id()),
                            csv(states.get(p.partner()).id()), Integer.toString(e.replications()), v.outcome().label(),
                            Num.format(v.formedShare()), Num.format(e.endedShare()),
                            e.medianEndStep() < 0 ? "" : Integer.toString(e.medianEndStep()), v.medianEndDate(),
                            c == null ? "" : c.label()));
                    for (Cause one : Cause.values()) {
                        row.append(',').append(Num.format(v.causeShare(one)));
                    }
                    row.append(',').append(v.outcome() == TieVerdict.Outcome.NEVER_FORMED ? "" : v.firstLevel().label())
                            .append(',').append(v.finalLevel().label())
                            .append(',').append(Num.format(v.reformedShare()));
                    w.write(row + "\n");
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
        w.write("\nA cell reads `ends P% (CAUSES, median WHEN)` when the tie fell to none after standing in P% of the "
                + "replications, CAUSES being the attributed causes (W1-W6, S1, S2, other), most frequent first, with "
                + "their shares of the endings when there are several, and WHEN the median date it ended; "
                + "`holds (LEVEL)` when it stood and never ended (LEVEL: the most common final level; "
                + "`broke and re-formed in P%` when it fell to none on the way and stood again by the end); "
                + "`never formed` when it never stood. comparison.csv has the same outcome with every share and "
                + "the first and final levels.\n");
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
        return o.verdict(theory, k).text();
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
