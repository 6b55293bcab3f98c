package org.alliancesim.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.Num;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;

/**
 * Names every theory whose inputs are all missing or constant in a scenario at step 0, so that a
 * user is told before running that, say, interdependence cannot tell one partner from another.
 * The inputs checked are those each decision module reads beyond power and distance (which every
 * import has): intent and offense (balance of threat, Walt's bandwagoning: with both constant,
 * threat is power and proximity only), expected gains (Schweller's bandwagoning and balance of
 * interests, both zero without them), trade shares (interdependence) and identity traits
 * (identity), plus power itself (balance of power).
 */
public final class TheoryInputCheck {
    private TheoryInputCheck() {
    }

    /**
     * What the check reads of one state at step 0.
     *
     * @param id the state's id
     * @param identity identity traits
     * @param power power values, in the scenario's order
     * @param perceives perceived intent toward others by id (others: the default intent)
     * @param offense offense toward all others not in {@code offenseToward}
     * @param offenseToward offense toward particular others by id
     * @param trade trade shares by partner id (others: 0)
     * @param gains sum of political, military and economic expected gains by partner id (others: 0)
     */
    record StateInputs(String id, Map<String, String> identity, List<Double> power, Map<String, Double> perceives,
                       double offense, Map<String, Double> offenseToward, Map<String, Double> trade,
                       Map<String, Double> gains) {
    }

    /** One line per theory (or group of theories reading the same inputs) with nothing to read. */
    public static List<String> warnings(Scenario s) {
        List<StateInputs> states = new ArrayList<>();
        for (StateSpec a : s.states()) {
            Map<String, Double> gains = new java.util.LinkedHashMap<>();
            a.gains().forEach((b, g) -> gains.put(b, g.political() + g.military() + g.economic()));
            states.add(new StateInputs(a.id(), a.identity(), List.copyOf(a.power().values()), a.perceives(), a.offense(),
                    a.offenseToward(), a.trade(), gains));
        }
        return warnings(states, s.parameters().perception().defaultIntent());
    }

    /**
     * The same lines from the states an import is about to write (values as the file will hold
     * them), without reading the file back; {@code defaultIntent} is the scenario's.
     */
    static List<String> warnings(List<StateInputs> states, double defaultIntent) {
        Set<Double> intents = new HashSet<>();
        Set<Double> offense = new HashSet<>();
        Set<Double> trade = new HashSet<>();
        Set<Double> gains = new HashSet<>();
        Set<Map<String, String>> identity = new HashSet<>();
        Set<List<Double>> power = new HashSet<>();
        for (StateInputs a : states) {
            identity.add(a.identity());
            power.add(a.power());
            for (StateInputs b : states) {
                if (a == b) {
                    continue;
                }
                intents.add(a.perceives().getOrDefault(b.id(), defaultIntent));
                offense.add(a.offenseToward().getOrDefault(b.id(), a.offense()));
                trade.add(a.trade().getOrDefault(b.id(), 0.0));
                gains.add(a.gains().getOrDefault(b.id(), 0.0));
            }
        }
        List<String> out = new ArrayList<>();
        if (states.size() < 2) {
            return out;
        }
        if (intents.size() == 1 && offense.size() == 1) {
            out.add("balance-of-threat, walt-bandwagoning: every perceived intent is " + Num.format(only(intents))
                    + " and every offense " + Num.format(only(offense)) + " (threat is power and distance only)");
        }
        if (gains.size() == 1) {
            out.add("schweller-bandwagoning, balance-of-interests: every expected gain is "
                    + Num.format(only(gains)) + (only(gains) == 0 ? " (both theories are identically zero)" : ""));
        }
        if (trade.size() == 1) {
            out.add("interdependence: every trade share is " + Num.format(only(trade)));
        }
        if (identity.size() == 1) {
            out.add("identity: " + (identity.iterator().next().isEmpty() ? "no state has identity traits"
                    : "every state has the same identity traits " + identity.iterator().next()));
        }
        if (power.size() == 1) {
            out.add("balance-of-power: every state has the same power");
        }
        return out;
    }

    /**
     * What the loader will read of each imported state (without a template), value for value:
     * power as written to six significant digits, the other fields as held (written exactly);
     * fields not given take the loader's defaults (offense 0.5).
     */
    static List<StateInputs> asWritten(List<ImportedState> states) {
        List<StateInputs> out = new ArrayList<>();
        for (ImportedState s : states) {
            List<Double> power = new ArrayList<>();
            for (double p : s.power()) {
                power.add(Double.parseDouble(org.alliancesim.data.SignificantDigits.format(p, ScenarioWriter.POWER_DIGITS)));
            }
            Map<String, Double> gains = new java.util.LinkedHashMap<>();
            numbers(s.fields().get("gains"), Map.class).forEach((b, g) -> {
                Map<?, ?> m = (Map<?, ?>) g;
                gains.put(b, number(m.get("political")) + number(m.get("military")) + number(m.get("economic")));
            });
            Map<String, String> identity = new java.util.LinkedHashMap<>();
            numbers(s.fields().get("identity"), String.class).forEach(identity::put);
            Object offense = s.fields().get("offense");
            out.add(new StateInputs(s.id(), identity, power, s.perceives(), offense == null ? 0.5 : number(offense),
                    numbers(s.fields().get("offenseToward"), Double.class), numbers(s.fields().get("trade"), Double.class),
                    gains));
        }
        return out;
    }

    private static <T> Map<String, T> numbers(Object field, Class<T> type) {
        Map<String, T> out = new java.util.LinkedHashMap<>();
        if (field instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), type.cast(v)));
        }
        return out;
    }

    private static double number(Object v) {
        return v == null ? 0 : ((Number) v).doubleValue();
    }

    private static double only(Set<Double> s) {
        return s.iterator().next();
    }
}
