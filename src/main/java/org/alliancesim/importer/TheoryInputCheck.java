package org.alliancesim.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.Num;
import org.alliancesim.scenario.GainSpec;
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

    /** One line per theory (or group of theories reading the same inputs) with nothing to read. */
    public static List<String> warnings(Scenario s) {
        List<StateSpec> states = s.states();
        double defaultIntent = s.parameters().perception().defaultIntent();
        Set<Double> intents = new HashSet<>();
        Set<Double> offense = new HashSet<>();
        Set<Double> trade = new HashSet<>();
        Set<Double> gains = new HashSet<>();
        Set<Map<String, String>> identity = new HashSet<>();
        Set<List<Double>> power = new HashSet<>();
        for (StateSpec a : states) {
            identity.add(a.identity());
            power.add(List.copyOf(a.power().values()));
            for (StateSpec b : states) {
                if (a == b) {
                    continue;
                }
                intents.add(a.perceives().getOrDefault(b.id(), defaultIntent));
                offense.add(a.offenseToward().getOrDefault(b.id(), a.offense()));
                trade.add(a.trade().getOrDefault(b.id(), 0.0));
                GainSpec g = a.gains().get(b.id());
                gains.add(g == null ? 0 : g.political() + g.military() + g.economic());
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

    private static double only(Set<Double> s) {
        return s.iterator().next();
    }
}
