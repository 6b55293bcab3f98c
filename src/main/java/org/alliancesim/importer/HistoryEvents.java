package org.alliancesim.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alliancesim.history.YearInputs;
import org.alliancesim.Num;
import org.alliancesim.scenario.GainSpec;

/**
 * The events that make a {@code --data} trajectory follow the data beyond power
 * ({@link TrajectoryEvents}): between the steps of consecutive years, each perceived intent, trade
 * share, expected gain (economic and military), offense and reach ramps to the next year's value,
 * and a change of regime type is a {@code regime} event at the new year's step (W5). Values are
 * rounded as in the states' block (intents, offense, gains to 0.001; trade shares down to 0.0001)
 * and an event is written only when the rounded value changes. Capitals, distances and identity
 * stay at the first year's values (no event moves them). Template-fixed intents get no events.
 */
final class HistoryEvents {
    private final ImportRequest req;
    private final List<YearInputs> years;
    private final List<ImportedState> states;

    HistoryEvents(ImportRequest req, List<YearInputs> years, List<ImportedState> states) {
        this.req = req;
        this.years = years;
        this.states = states;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        int n = states.size();
        YearInputs prev = years.get(0);
        String[] regime = prev.regime().clone();
        for (int i = 0; i < n; i++) {
            if (regime[i] == null) {
                regime[i] = (String) states.get(i).fields().get("regime");
            }
        }
        for (int k = 1; k < years.size(); k++) {
            YearInputs next = years.get(k);
            String ramp = "ramp: [" + (req.settle() + k - 1) + ", " + (req.settle() + k) + "]}";
            out.add("  # " + prev.year() + " -> " + next.year() + " (intent, offense, reach, trade, gains, regime)");
            for (int i = 0; i < n; i++) {
                String id = YamlText.scalar(states.get(i).id());
                Set<String> fixed = req.template() == null ? Set.of() : req.template().perceivedBy(states.get(i).id());
                if (!Double.isNaN(next.offense()[i])) {
                    offense(prev, next, i, id, ramp, out);
                }
                if (next.reach()[i] != prev.reach()[i]) {
                    out.add("  - {type: reach, state: " + id + ", value: " + Num.format(next.reach()[i]) + ", " + ramp);
                }
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    String partner = ", partner: " + YamlText.scalar(states.get(j).id());
                    if (next.intent() != null && !fixed.contains(states.get(j).id())) {
                        pair("intent", id, partner, round3(prev.intent()[i][j]), round3(next.intent()[i][j]), ramp, out);
                    }
                    if (next.trade() != null) {
                        pair("trade", id, partner, floor4(prev.trade()[i][j]), floor4(next.trade()[i][j]), ramp, out);
                    }
                    gains(prev.gains()[i][j], next.gains()[i][j], id, partner, ramp, out);
                }
                String r = next.regime()[i];
                if (r != null && !r.equals(regime[i])) {
                    out.add("  - {type: regime, state: " + id + ", faction: " + r + ", step: " + req.stepOf(next.year())
                            + "}    # " + regime[i] + " -> " + r);
                    regime[i] = r;
                }
            }
            prev = next;
        }
        return out;
    }

    private static void pair(String type, String id, String partner, double a, double b, String ramp, List<String> out) {
        if (a != b) {
            out.add("  - {type: " + type + ", state: " + id + partner + ", value: " + Num.format(b) + ", " + ramp);
        }
    }

    private static void gains(GainSpec a, GainSpec b, String id, String partner, String ramp, List<String> out) {
        double ma = a == null ? 0 : round3(a.military());
        double mb = b == null ? 0 : round3(b.military());
        double ea = a == null ? 0 : round3(a.economic());
        double eb = b == null ? 0 : round3(b.economic());
        if (ma != mb) {
            out.add("  - {type: gains, state: " + id + partner + ", channel: military, value: " + Num.format(mb) + ", "
                    + ramp);
        }
        if (ea != eb) {
            out.add("  - {type: gains, state: " + id + partner + ", channel: economic, value: " + Num.format(eb) + ", "
                    + ramp);
        }
    }

    /**
     * Offense: a general event (no partner) when the state's offense changes, which sets every
     * target; then a pair event for every contiguous target whose offense differs from it.
     */
    private void offense(YearInputs prev, YearInputs next, int i, String id, String ramp, List<String> out) {
        double a = round3(prev.offense()[i]);
        double b = round3(next.offense()[i]);
        boolean general = a != b;
        if (general) {
            out.add("  - {type: offense, state: " + id + ", value: " + Num.format(b) + ", " + ramp);
        }
        for (int j = 0; j < states.size(); j++) {
            if (j == i) {
                continue;
            }
            double before = round3(Double.isNaN(prev.offenseToward()[i][j]) ? prev.offense()[i] : prev.offenseToward()[i][j]);
            double after = round3(Double.isNaN(next.offenseToward()[i][j]) ? next.offense()[i] : next.offenseToward()[i][j]);
            if (general ? after != b : after != before) {
                out.add("  - {type: offense, state: " + id + ", partner: " + YamlText.scalar(states.get(j).id())
                        + ", value: " + Num.format(after) + ", " + ramp);
            }
        }
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Rounded down to 0.0001, so that a state's shares still sum to at most 1. */
    static double floor4(double v) {
        return Math.floor(v * 10000) / 10000.0;
    }
}
