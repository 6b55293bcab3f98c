package org.alliancesim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;

/**
 * Chart titles in words rather than file names: a scenario's {@code name} ({@code
 * w2-us-threat-recedes}) becomes "W2: US threat recedes", {@code iran-russia-1992-2016} becomes
 * "Iran–Russia 1992–2016", and a theory's id ({@code schweller-bandwagoning}) the name a reader
 * knows. Words that are a state's name or id are written as the scenario writes them; a
 * termination condition (W1–W6, S1, S2) leading the name becomes a prefix.
 */
public final class Titles {
    private static final Set<String> SMALL = Set.of("a", "an", "and", "at", "by", "in", "is", "of", "on", "or", "to", "up");

    private Titles() {
    }

    /** The scenario's name in words. */
    public static String of(Scenario s) {
        return words(s.name(), s.states());
    }

    /** A name in words, knowing the states' names and ids (none: just the spelling rules). */
    public static String words(String name, List<StateSpec> states) {
        String[] tokens = name.trim().split("[-_\\s]+");
        List<String> out = new ArrayList<>();
        List<Boolean> joinable = new ArrayList<>();
        String prefix = "";
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            if (t.isEmpty()) {
                continue;
            }
            boolean state = false;
            String w = t;
            if (t.matches("(?i)[ws]\\d")) {
                w = t.toUpperCase(Locale.ROOT);
                if (out.isEmpty() && prefix.isEmpty() && k + 1 < tokens.length) {
                    prefix = w + ": ";
                    continue;
                }
            } else if (t.matches("\\d+")) {
                w = t;
            } else if (t.equalsIgnoreCase("lhs")) {
                w = "(Latin hypercube)";
            } else {
                for (StateSpec s : states) {
                    String n = s.name() == null ? "" : s.name();
                    if (t.equalsIgnoreCase(s.id())) {
                        w = s.id();
                        state = true;
                    } else if (!n.isEmpty() && t.equalsIgnoreCase(n)) {
                        w = n;
                        state = true;
                    } else if (n.length() >= 4 && t.toLowerCase(Locale.ROOT).startsWith(n.toLowerCase(Locale.ROOT))) {
                        w = n + t.substring(n.length()); // "russian"
                    } else if (t.length() == 2 && !SMALL.contains(t.toLowerCase(Locale.ROOT))
                            && s.id().toUpperCase(Locale.ROOT).startsWith(t.toUpperCase(Locale.ROOT))) {
                        w = t.toUpperCase(Locale.ROOT); // "us" for USA
                    }
                }
            }
            boolean number = t.matches("\\d+");
            if (!out.isEmpty() && ((state && joinable.get(joinable.size() - 1) == Boolean.TRUE)
                    || (number && out.get(out.size() - 1).matches("\\d+")))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "–" + w);
            } else {
                out.add(w);
            }
            joinable.add(state ? Boolean.TRUE : Boolean.FALSE);
        }
        String text = String.join(" ", out);
        if (!text.isEmpty()) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return prefix + text;
    }

    /** A theory's name for readers: "balance of threat", "Schweller's bandwagoning". */
    public static String theory(String id) {
        return switch (id) {
            case "schweller-bandwagoning" -> "Schweller's bandwagoning";
            case "walt-bandwagoning" -> "Walt's bandwagoning";
            case "interdependence" -> "economic interdependence";
            default -> id.replace('-', ' ');
        };
    }

    /** A focal pair's label with an en dash: "IRN–RUS". */
    public static String pair(String label) {
        return label.replace('-', '–');
    }
}
