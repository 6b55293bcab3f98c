package org.alliancesim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.alliancesim.param.Labels;
import org.alliancesim.param.Range;
import org.alliancesim.param.Ranges;
import org.alliancesim.world.Channel;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks the {@code events} list of a scenario (see {@link EventSpec}). */
final class EventReader {
    /** A gains event's channel: one of {@link Channel}'s, or all of them. */
    private static final List<String> CHANNELS =
            Stream.concat(Labels.labels(Channel.class).stream(), Stream.of("all")).toList();

    private EventReader() {
    }

    static List<EventSpec> read(YamlMap top, Set<String> ids, List<StateSpec> states, TimeSpec time, Problems problems) {
        int steps = time.steps();
        List<EventSpec> out = new ArrayList<>();
        List<Node> nodes = top.list("events");
        List<String> types = Labels.labels(EventSpec.Type.class);
        Map<String, StateSpec> byId = new HashMap<>();
        for (StateSpec s : states) {
            if (s.id() != null) {
                byId.putIfAbsent(s.id(), s);
            }
        }
        for (int k = 0; k < nodes.size(); k++) {
            YamlMap e = YamlMap.of(nodes.get(k), "events[" + k + "]", problems);
            e.require("type", "one of " + String.join(", ", types));
            String typeName = e.choice("type", types, null);
            e.require("state", required("state"));
            String state = e.string("state", null);
            if (state != null) {
                ScenarioLoader.checkId(state, ids, e.get("state"), e.child("state"), problems);
            }
            int[] window = readWindow(e, time);
            if (typeName == null) {
                continue; // which other fields are valid depends on the type: report only the type
            }
            EventSpec.Type type = Labels.parse(EventSpec.Type.class, typeName);
            String partner = null;
            String component = null;
            String channel = null;
            String faction = null;
            double value = Double.NaN;
            double scale = Double.NaN;
            switch (type) {
                case INTENT, CREDIBILITY, DELIVERED, TRADE, GAINS, OFFENSE -> {
                    if (type != EventSpec.Type.OFFENSE) {
                        e.require("partner", "the other state");
                    }
                    partner = e.string("partner", null);
                    if (partner != null) {
                        ScenarioLoader.checkId(partner, ids, e.get("partner"), e.child("partner"), problems);
                        if (partner.equals(state)) {
                            e.problem("partner", "a state cannot name itself as partner");
                        }
                    }
                    if (type == EventSpec.Type.GAINS) {
                        channel = e.choice("channel", CHANNELS, "all");
                    }
                    Range r = valueRange(type);
                    e.require("value", "the target value, " + YamlMap.format(r.min()) + " to " + YamlMap.format(r.max()));
                    value = e.number("value", r.min(), r.max(), Double.NaN);
                }
                case REACH -> {
                    Range r = valueRange(type);
                    e.require("value", "the target reach");
                    value = e.number("value", r.min(), r.max(), Double.NaN);
                }
                case POWER -> {
                    List<String> comps = new ArrayList<>(ScenarioLoader.COMPONENTS);
                    comps.add("all");
                    component = e.choice("component", comps, "all");
                    Range r = Ranges.of(EventFields.class, "scale");
                    e.require("scale", "the factor the component is multiplied by");
                    scale = e.number("scale", r.min(), r.max(), Double.NaN);
                    if (state != null && component != null && !component.equals("all")) {
                        Optional.ofNullable(byId.get(state)).ifPresent(s -> {
                            if (!s.power().containsKey(e.string("component", ""))) {
                                e.problem("component", state + " has no power component '" + e.string("component", "")
                                        + "'; it has " + s.power().keySet());
                            }
                        });
                    }
                }
                case REGIME -> {
                    e.require("faction", "the faction that comes to power");
                    faction = e.string("faction", null);
                    if (faction != null && state != null) {
                        String f = faction;
                        Optional.ofNullable(byId.get(state)).ifPresent(s -> {
                            if (!s.factions().containsKey(f)) {
                                e.problem("faction", state + " has no faction '" + f + "'"
                                        + (s.factions().isEmpty() ? "; declare it under the state's factions"
                                        : "; it has " + s.factions().keySet()));
                            }
                        });
                    }
                }
                default -> throw new IllegalStateException(type.toString());
            }
            e.finish();
            if (window != null) {
                out.add(new EventSpec(type, state, partner, component, channel, value, scale, faction, window[0],
                        window[1], nodes.get(k).getStartMark().getLine() + 1));
            }
        }
        return out;
    }

    /**
     * The bounds of an event's target value: those of the state's input it moves, as declared
     * there (intent is what a state perceives, gains and delivered are a partner's gains).
     */
    static Range valueRange(EventSpec.Type type) {
        return switch (type) {
            case INTENT -> Ranges.of(StateSpec.class, "perceives");
            case CREDIBILITY -> Ranges.of(StateSpec.class, "credibility");
            case TRADE -> Ranges.of(StateSpec.class, "trade");
            case OFFENSE -> Ranges.of(StateSpec.class, "offense");
            case REACH -> Ranges.of(StateSpec.class, "reach");
            case GAINS -> Ranges.of(GainSpec.class, "political");
            case DELIVERED -> Ranges.of(GainSpec.class, "delivered");
            case POWER, REGIME -> throw new IllegalArgumentException(type + " events take no value");
        };
    }

    private static String required(String field) {
        for (java.lang.reflect.RecordComponent c : EventFields.class.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return c.getAnnotation(org.alliancesim.param.Required.class).value();
            }
        }
        throw new IllegalArgumentException("events have no field " + field);
    }

    /**
     * Reads {@code step: S}, {@code at: DATE} (a jump at the period a date names, e.g. {@code 2030Q2}
     * in a quarterly run) or {@code ramp: [A, B]} (steps, or dates written as quoted strings); null
     * (with a problem) when invalid.
     */
    private static int[] readWindow(YamlMap e, TimeSpec time) {
        int steps = time.steps();
        int given = (e.has("step") ? 1 : 0) + (e.has("at") ? 1 : 0) + (e.has("ramp") ? 1 : 0);
        if (given != 1) {
            String key = e.has("ramp") ? "ramp" : e.has("at") ? "at" : "step";
            e.problem(key, given > 1 ? "give one of step, at or ramp, not several"
                    : "missing 'step: S' (a jump at step S), 'at: " + time.example() + "' (a jump at a date)"
                    + " or 'ramp: [A, B]' (a gradual change from A to B)");
            return null;
        }
        if (e.has("step") || e.has("at")) {
            String key = e.has("step") ? "step" : "at";
            Range r = Ranges.of(EventFields.class, "step");
            int s = key.equals("step") ? e.integer("step", (int) r.min(), (int) r.max(), -1)
                    : dateStep(e.get("at"), e.child("at"), time, e.problems());
            if (s < 0) {
                return null;
            }
            if (s >= steps) {
                e.problem(key, "step " + s + " is outside the run (0 to " + (steps - 1) + "), which covers "
                        + time.label(0) + " to " + time.label(steps - 1));
                return null;
            }
            return new int[] {s, s};
        }
        List<Node> r = e.list("ramp");
        if (r.size() != 2) {
            e.problem("ramp", "expected two steps or dates [start, end]");
            return null;
        }
        int a = rampEnd(r.get(0), e.child("ramp") + "[0]", time, e.problems());
        int b = rampEnd(r.get(1), e.child("ramp") + "[1]", time, e.problems());
        if (a < 0 || b < 0) {
            return null;
        }
        if (b <= a) {
            e.problem("ramp", "the ramp ends (step " + b + ") before it starts (step " + a + ")");
            return null;
        }
        if (b >= steps) {
            e.problem("ramp", "the ramp ends at step " + b + ", outside the run (0 to " + (steps - 1) + ")");
            return null;
        }
        return new int[] {a, b};
    }

    /** A ramp end: a step number, or a date as a quoted string. */
    private static int rampEnd(Node n, String path, TimeSpec time, Problems problems) {
        if (n instanceof org.yaml.snakeyaml.nodes.ScalarNode s
                && s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            return dateStep(n, path, time, problems);
        }
        if (n instanceof org.yaml.snakeyaml.nodes.ScalarNode s && time.stepOf(s.getValue()) >= 0
                && !s.getValue().matches("\\d+")) {
            return dateStep(n, path, time, problems);
        }
        return wholeStep(n, path, problems);
    }

    /** The step of a date in the scenario's unit, or -1 (with a problem). */
    private static int dateStep(Node n, String path, TimeSpec time, Problems problems) {
        String text = n instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "";
        int step = time.stepOf(text);
        if (step < 0) {
            problems.add(n, path, "expected a date of this " + time.unit().label() + "ly run, like '" + time.example()
                    + "' (from " + time.label(0) + "), found " + YamlMap.describe(n));
        }
        return step;
    }

    /** A step number in a ramp: a whole number of at least 0, or -1 (with a problem). */
    private static int wholeStep(Node n, String path, Problems problems) {
        Range r = Ranges.of(EventFields.class, "ramp");
        double d = YamlMap.number(n, path, r.min(), r.max(), -1, problems);
        if (d >= 0 && d != Math.rint(d)) {
            problems.add(n, path, "expected a whole number of steps, found " + YamlMap.describe(n));
            return -1;
        }
        return (int) d;
    }
}
