package org.alliancesim.output;

import org.alliancesim.Num;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.experiment.TieOutcome;
import org.alliancesim.experiment.stats.KaplanMeier;

/**
 * Kaplan–Meier survival of the focal ties, per theory and focal pair, gathered one run at a time:
 * {@code survival.csv} (the estimate with its 95% band at every time something happened),
 * {@code survival-summary.csv} (ties, ends, censored, median with its interval) and the chart.
 * Time is counted in steps since the tie first stood; ties that never stood are counted but left
 * out of the estimate (they cannot end), and ties still standing at the last step are censored.
 */
public final class SurvivalTable {
    public static final String HEADER = "theory,pair,time,at_risk,events,censored,survival,ci_low,ci_high";
    public static final String SUMMARY_HEADER = "theory,pair,runs,never_formed,ties,ended,censored,median,median_ci_low,median_ci_high";
    private final List<String> pairs;
    private final int steps;
    private final Map<String, KaplanMeier[]> km = new LinkedHashMap<>();
    private final Map<String, long[]> neverFormed = new LinkedHashMap<>();

    public SurvivalTable(List<String> theories, List<String> pairs, int steps) {
        this.pairs = List.copyOf(pairs);
        this.steps = steps;
        theories.forEach(this::theory);
    }

    /** A table whose theories are registered in the order their first run arrives. */
    public SurvivalTable(List<String> pairs, int steps) {
        this(List.of(), pairs, steps);
    }

    private KaplanMeier[] theory(String t) {
        neverFormed.computeIfAbsent(t, k -> new long[pairs.size()]);
        return km.computeIfAbsent(t, k -> {
            KaplanMeier[] a = new KaplanMeier[pairs.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = new KaplanMeier(steps);
            }
            return a;
        });
    }

    /** Adds one run's outcome for focal pair {@code pair}. */
    public void add(String theory, int pair, TieOutcome o) {
        add(theory, pair, o.stood(), o.duration(), o.ended());
    }

    public void add(String theory, int pair, boolean stood, int duration, boolean ended) {
        KaplanMeier[] k = theory(theory);
        if (!stood) {
            neverFormed.get(theory)[pair]++;
        } else {
            k[pair].add(duration, ended);
        }
    }

    public List<String> theories() {
        return List.copyOf(km.keySet());
    }

    public List<String> pairs() {
        return pairs;
    }

    public int steps() {
        return steps;
    }

    public KaplanMeier estimate(String theory, int pair) {
        return km.get(theory)[pair];
    }

    public void writeCurves(Writer w) throws IOException {
        w.write(HEADER + "\n");
        // one buffer per pair: a concatenation of this many parts costs the C1 compiler's code a call per part
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, KaplanMeier[]> e : km.entrySet()) {
            for (int p = 0; p < pairs.size(); p++) {
                b.setLength(0);
                for (KaplanMeier.Row r : e.getValue()[p].estimate()) {
                    b.append(e.getKey()).append(',').append(pairs.get(p)).append(',').append(r.time()).append(',')
                            .append(r.atRisk()).append(',').append(r.events()).append(',').append(r.censored())
                            .append(',')
                            .append(Num.format(r.survival())).append(',').append(Num.format(r.low())).append(',')
                            .append(Num.format(r.high())).append('\n');
                }
                w.write(b.toString());
            }
        }
    }

    public void writeSummary(Writer w) throws IOException {
        w.write(SUMMARY_HEADER + "\n");
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, KaplanMeier[]> e : km.entrySet()) {
            for (int p = 0; p < pairs.size(); p++) {
                KaplanMeier k = e.getValue()[p];
                long never = neverFormed.get(e.getKey())[p];
                int[] m = k.median();
                b.setLength(0);
                b.append(e.getKey()).append(',').append(pairs.get(p)).append(',').append(k.size() + never).append(',')
                        .append(never).append(',').append(k.size()).append(',').append(k.eventCount()).append(',')
                        .append(k.size() - k.eventCount()).append(',').append(opt(m[0])).append(',').append(opt(m[1]))
                        .append(',').append(opt(m[2])).append('\n');
                w.write(b.toString());
            }
        }
    }

    private static String opt(int v) {
        return v < 0 ? "" : Integer.toString(v);
    }
}
