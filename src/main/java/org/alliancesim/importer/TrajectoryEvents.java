package org.alliancesim.importer;

import org.alliancesim.history.IntentProxy;
import org.alliancesim.history.CowPower;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancesim.data.IdealPoints;
import org.alliancesim.data.NmcData;
import org.alliancesim.data.SignificantDigits;
import org.alliancesim.Num;

/**
 * The events that make a multi-year import follow the data: one step is one year, and between
 * steps k and k+1 each state's power components ramp to the next year's values and (with ideal
 * points) each proxy intent to the next session's value.
 *
 * <p>A power event multiplies the component by {@code scale} relative to its value when the ramp
 * starts (the model's rule, {@code EventSchedule}), so the scale is the ratio of consecutive
 * years' world shares. The events are written in year order, so each ramp starts where the
 * previous one ended. A component at zero cannot be scaled back up: such a jump is skipped with a
 * warning naming the state and year. A missing ideal point keeps the last intent (also warned).
 */
final class TrajectoryEvents {
    private static final int SCALE_DIGITS = 7;

    private final NmcData nmc;
    private final IdealPoints ideal;
    private final ImportRequest req;
    private final List<ImportedState> states;
    private final Consumer<String> warn;

    TrajectoryEvents(NmcData nmc, IdealPoints ideal, ImportRequest req, List<ImportedState> states,
                     Consumer<String> warn) {
        this.nmc = nmc;
        this.ideal = ideal;
        this.req = req;
        this.states = states;
        this.warn = warn;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        Set<String> zeroJumps = new LinkedHashSet<>();
        Set<String> noIdeal = new LinkedHashSet<>();
        double[][] intent = initialIntents();
        Map<Integer, double[]> prev = CowPower.of(nmc.forYear(req.from()));
        for (int k = 0; req.from() + k < req.to(); k++) {
            int year = req.from() + k + 1;
            Map<Integer, double[]> next = CowPower.of(nmc.forYear(year));
            String ramp = "ramp: [" + (req.settle() + k) + ", " + (req.settle() + k + 1) + "]}";
            out.add("  # " + (year - 1) + " -> " + year);
            for (ImportedState s : states) {
                double[] a = prev.get(s.ccode());
                double[] b = next.get(s.ccode());
                for (int c = 0; c < CowPower.COMPONENTS.size(); c++) {
                    if (a[c] == 0) {
                        if (b[c] != 0) {
                            zeroJumps.add(s.id() + " " + CowPower.COMPONENTS.get(c) + " " + year);
                        }
                        continue;
                    }
                    String scale = SignificantDigits.format(b[c] / a[c], SCALE_DIGITS);
                    if (!scale.equals("1")) {
                        out.add("  - {type: power, state: " + YamlText.scalar(s.id()) + ", component: "
                                + CowPower.COMPONENTS.get(c) + ", scale: " + scale + ", " + ramp);
                    }
                }
                prev.put(s.ccode(), b);
            }
            if (ideal != null) {
                intentEvents(year, ramp, intent, noIdeal, out);
            }
        }
        if (!zeroJumps.isEmpty()) {
            warn.accept("power components that rise from zero cannot be scaled and stay at zero: "
                    + String.join(", ", zeroJumps));
        }
        if (!noIdeal.isEmpty()) {
            warn.accept("no UN ideal point (last intent kept) for: " + String.join(", ", noIdeal));
        }
        return out;
    }

    private double[][] initialIntents() {
        int n = states.size();
        double[][] intent = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                intent[i][j] = round3(states.get(i).perceives().getOrDefault(states.get(j).id(), Double.NaN));
            }
        }
        return intent;
    }

    private void intentEvents(int year, String ramp, double[][] intent, Set<String> noIdeal, List<String> out) {
        int n = states.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ideal.idealPointInYear(states.get(i).ccode(), year).orElse(Double.NaN);
            if (Double.isNaN(x[i])) {
                noIdeal.add(states.get(i).id() + " " + year);
            }
        }
        for (int i = 0; i < n; i++) {
            Set<String> fixed = req.template() == null ? Set.of() : req.template().perceivedBy(states.get(i).id());
            for (int j = 0; j < n; j++) {
                String other = states.get(j).id();
                if (i == j || Double.isNaN(x[i]) || Double.isNaN(x[j]) || fixed.contains(other)) {
                    continue;
                }
                double v = round3(IntentProxy.intent(x[i], x[j], req.intentScale()));
                if (v != intent[i][j]) {
                    out.add("  - {type: intent, state: " + YamlText.scalar(states.get(i).id()) + ", partner: "
                            + YamlText.scalar(other) + ", value: " + Num.format(v) + ", " + ramp);
                    intent[i][j] = v;
                }
            }
        }
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
