package org.alliancesim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.alliancesim.decision.Theories;

/**
 * Random but valid scenario files, drawn from a seeded generator: 2 to 12 states with random
 * capitals, powers (including zero components), reach, offense, intents, credibility, gains,
 * trade, identity, revisionism, modules, factions, initial ties, distances, parameters and
 * events. The text goes through the real loader, so every world is also a loader test.
 */
public final class RandomWorlds {
    private static final String[] COMPONENTS = {"population", "economy", "military", "technology"};
    private static final String[] REVISIONISM = {"status-quo", "limited", "unlimited"};
    private static final String[] LEVELS = {"none", "alignment", "coalition", "alliance"};
    private static final String[] GRADIENTS = {"exponential", "linear", "none"};

    private final SplittableRandom r;
    private final StringBuilder y = new StringBuilder();

    private RandomWorlds(long seed) {
        this.r = new SplittableRandom(seed);
    }

    /** The scenario text of world number {@code seed}, with {@code steps} steps. */
    public static String yaml(long seed, int steps) {
        return new RandomWorlds(seed).build(steps);
    }

    private String build(int steps) {
        int n = 2 + r.nextInt(11);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format(Locale.ROOT, "S%02d", i));
        }
        line("name: random");
        line("time: {start: 2000, unit: quarter, steps: " + steps + "}");
        line("focal: [" + ids.get(r.nextInt(n)) + "]");
        line("defaultModule: " + pick(Theories.names()));
        parameters();
        boolean composite = r.nextInt(5) == 0;
        List<String> comps = new ArrayList<>();
        for (String c : COMPONENTS) {
            if (r.nextBoolean() || c.equals("military")) {
                comps.add(c);
            }
        }
        boolean zeroComponent = r.nextInt(6) == 0;
        line("states:");
        for (int i = 0; i < n; i++) {
            String id = ids.get(i);
            line("  - id: " + id);
            line("    capital: {lat: " + num(-85 + 170 * r.nextDouble()) + ", lon: " + num(-180 + 360 * r.nextDouble()) + "}");
            if (composite) {
                line("    power: {composite: " + power() + "}");
            } else {
                StringBuilder p = new StringBuilder("    power: {");
                for (int c = 0; c < comps.size(); c++) {
                    String v = zeroComponent && c == 0 ? "0" : power();
                    p.append(c == 0 ? "" : ", ").append(comps.get(c)).append(": ").append(v);
                }
                line(p + "}");
            }
            line("    reach: " + num(0.1 + 3 * r.nextDouble()));
            line("    offense: " + unit());
            line("    revisionism: " + pick(List.of(REVISIONISM)));
            if (r.nextBoolean()) {
                line("    module: " + pick(Theories.names()));
            }
            List<String> others = new ArrayList<>(ids);
            others.remove(id);
            unitMap("offenseToward", others, 0.3);
            unitMap("perceives", others, 0.8);
            unitMap("credibility", others, 0.6);
            trade(others);
            gains("    ", others);
            line("    identity: {religion: " + pick(List.of("a", "b", "c")) + ", language: " + pick(List.of("x", "y"))
                    + ", regime: " + pick(List.of("democracy", "autocracy")) + "}");
            if (r.nextInt(3) == 0) {
                line("    regime: ruling");
                line("    factions:");
                line("      ruling: {}");
                line("      rival:");
                if (!others.isEmpty()) {
                    line("        perceives: {" + pick(others) + ": " + unit() + "}");
                }
                line("        revisionism: " + pick(List.of(REVISIONISM)));
            }
        }
        ties(ids);
        if (n > 2 && r.nextBoolean()) {
            line("distances:");
            line("  - {between: [" + ids.get(0) + ", " + ids.get(1) + "], km: " + num(20000 * r.nextDouble()) + "}");
        }
        events(ids, steps);
        return y.toString();
    }

    private void parameters() {
        line("parameters:");
        line("  threat: {power: " + num(3 * r.nextDouble()) + ", proximity: " + num(3 * r.nextDouble()) + ", offense: "
                + num(3 * r.nextDouble()) + ", intentExponent: " + num(0.1 + 4.9 * r.nextDouble()) + "}");
        line("  proximity: {gradient: " + pick(List.of(GRADIENTS)) + "}");
        line("  perception: {noise: " + num(0.3 * r.nextDouble()) + ", adjustment: " + num(0.01 + 0.99 * r.nextDouble()) + "}");
        double a = 0.05 + 0.3 * r.nextDouble();
        double c = a + 0.05 + 0.3 * r.nextDouble();
        double al = Math.min(1, c + 0.05 + 0.3 * r.nextDouble());
        line("  ties: {alignment: " + num(a) + ", coalition: " + num(c) + ", alliance: " + num(al) + ", adjustment: "
                + num(0.01 + 0.99 * r.nextDouble()) + ", hysteresis: " + num(0.9 * a * r.nextDouble()) + "}");
    }

    private void unitMap(String key, List<String> others, double share) {
        StringBuilder m = new StringBuilder("    " + key + ": {");
        int k = 0;
        for (String o : others) {
            if (r.nextDouble() < share) {
                m.append(k++ == 0 ? "" : ", ").append(o).append(": ").append(unit());
            }
        }
        line(m + "}");
    }

    private void trade(List<String> others) {
        StringBuilder m = new StringBuilder("    trade: {");
        double left = 1;
        int k = 0;
        for (String o : others) {
            if (r.nextBoolean()) {
                double v = Math.floor(left * r.nextDouble() * 1000) / 1000;
                left -= v;
                m.append(k++ == 0 ? "" : ", ").append(o).append(": ").append(num(v));
            }
        }
        line(m + "}");
    }

    private void gains(String indent, List<String> others) {
        line(indent + "gains:");
        boolean any = false;
        for (String o : others) {
            if (r.nextBoolean()) {
                any = true;
                line(indent + "  " + o + ": {political: " + unit() + ", military: " + unit() + ", economic: " + unit()
                        + ", delivered: " + unit() + "}");
            }
        }
        if (!any) {
            y.setLength(y.length() - 1);
            line(" {}");
        }
    }

    private void ties(List<String> ids) {
        line("ties:");
        boolean any = false;
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                if (r.nextInt(5) == 0) {
                    any = true;
                    line("  - {between: [" + ids.get(a) + ", " + ids.get(b) + "], level: " + pick(List.of(LEVELS)) + "}");
                }
            }
        }
        if (!any) {
            y.setLength(y.length() - 1);
            line(" []");
        }
    }

    private void events(List<String> ids, int steps) {
        int count = r.nextInt(6);
        line(count == 0 ? "events: []" : "events:");
        for (int k = 0; k < count; k++) {
            String s = pick(ids);
            String p = ids.get((ids.indexOf(s) + 1 + r.nextInt(ids.size() - 1)) % ids.size());
            String when;
            if (r.nextBoolean()) {
                when = "step: " + r.nextInt(steps);
            } else {
                int a = r.nextInt(steps - 1);
                when = "ramp: [" + a + ", " + (a + 1 + r.nextInt(steps - 1 - a)) + "]";
            }
            String body = switch (r.nextInt(7)) {
                case 0 -> "type: intent, partner: " + p + ", value: " + unit();
                case 1 -> "type: power, component: all, scale: " + num(3 * r.nextDouble());
                case 2 -> "type: credibility, partner: " + p + ", value: " + unit();
                case 3 -> "type: gains, partner: " + p + ", channel: " + pick(List.of("political", "military", "economic", "all"))
                        + ", value: " + unit();
                case 4 -> "type: delivered, partner: " + p + ", value: " + unit();
                case 5 -> "type: offense, value: " + unit();
                default -> "type: reach, value: " + num(3 * r.nextDouble());
            };
            line("  - {" + body + ", state: " + s + ", " + when + "}");
        }
    }

    private String power() {
        return num(r.nextInt(10) == 0 ? 0 : Math.pow(10, -2 + 6 * r.nextDouble()));
    }

    private String unit() {
        int k = r.nextInt(10);
        return k == 0 ? "0" : k == 1 ? "1" : num(r.nextDouble());
    }

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private void line(String s) {
        y.append(s).append('\n');
    }
}
