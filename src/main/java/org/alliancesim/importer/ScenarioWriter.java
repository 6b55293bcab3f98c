package org.alliancesim.importer;

import org.alliancesim.history.CowPower;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.data.SignificantDigits;
import org.alliancesim.Num;

/**
 * Writes an imported scenario as YAML text: a header recording the command, sources and
 * assumptions, then the ordinary scenario keys (see {@code scenarios/README} and {@code
 * docs/data.md}). States are written one block each with data-derived fields commented; the
 * distances and events lists use one flow mapping per line so that 190-state files stay readable.
 */
final class ScenarioWriter {
    static final int POWER_DIGITS = 6;

    private final ImportRequest req;
    private final List<ImportedState> states;
    private final String focal;
    private final Map<String, Double> distances;
    private final List<String> events;

    ScenarioWriter(ImportRequest req, List<ImportedState> states, String focal, Map<String, Double> distances,
                   List<String> events) {
        this.req = req;
        this.states = states;
        this.focal = focal;
        this.distances = distances;
        this.events = events;
    }

    String text() {
        List<String> out = new ArrayList<>(req.header());
        Template t = req.template();
        out.add("name: " + YamlText.scalar(req.name()));
        String description = t != null && t.top("description") != null ? String.valueOf(t.top("description"))
                : states.size() + " states imported from COW National Material Capabilities"
                + (req.to() > req.from() ? ", " + req.from() + "-" + req.to() + " year by year" : " for " + req.from());
        out.add("description: " + YamlText.scalar(description.strip()));
        out.add("time: {start: " + req.start() + ", unit: year, steps: " + req.steps() + "}");
        out.add("focal: [" + YamlText.scalar(focal) + "]");
        if (t != null && t.top("defaultModule") != null) {
            out.add("defaultModule: " + YamlText.scalar(String.valueOf(t.top("defaultModule"))));
        }
        if (t != null && t.top("parameters") != null) {
            out.add("parameters: " + YamlText.flow(t.top("parameters")));
        }
        out.add("ties: " + (t != null && t.top("ties") != null ? YamlText.flow(t.top("ties")) : "[]"));
        out.add("");
        out.add("states:");
        for (ImportedState s : states) {
            writeState(s, out);
        }
        out.add("");
        out.add("# Capital-to-capital km (Gleditsch & Ward capdist); pairs not listed use great-circle km.");
        out.add("distances:" + (distances.isEmpty() ? " []" : ""));
        distances.forEach((pair, km) -> {
            String[] ab = pair.split("-", 2);
            out.add("  - {between: [" + YamlText.scalar(ab[0]) + ", " + YamlText.scalar(ab[1]) + "], km: "
                    + Num.format(km) + "}");
        });
        List<String> templateEvents = templateEvents();
        out.add("");
        out.add("events:" + (events.isEmpty() && templateEvents.isEmpty() ? " []" : ""));
        out.addAll(events);
        if (!templateEvents.isEmpty()) {
            out.add("  # from the template " + t.file());
            out.addAll(templateEvents);
        }
        return String.join("\n", out) + "\n";
    }

    private void writeState(ImportedState s, List<String> out) {
        Map<String, Object> fields = new LinkedHashMap<>(req.template() == null ? Map.of() : req.template().state(s.id()));
        Object name = fields.remove("name");
        out.add("  - id: " + YamlText.scalar(s.id()) + "    # COW ccode " + s.ccode());
        out.add("    name: " + YamlText.scalar(name != null ? String.valueOf(name) : s.name()));
        out.add("    capital: {lat: " + Num.format(s.capital().lat()) + ", lon: " + Num.format(s.capital().lon())
                + "}    " + YamlText.comment(s.capital().name()));
        StringBuilder p = new StringBuilder("    power: {");
        for (int c = 0; c < CowPower.COMPONENTS.size(); c++) {
            p.append(c == 0 ? "" : ", ").append(CowPower.COMPONENTS.get(c)).append(": ")
                    .append(SignificantDigits.format(s.power()[c], POWER_DIGITS));
        }
        p.append("}    # % of world ").append(req.from()).append("; CINC ")
                .append(Double.isNaN(s.cinc()) ? "n/a" : SignificantDigits.format(s.cinc(), 5));
        out.add(p.toString());
        Map<String, Object> perceives = new LinkedHashMap<>();
        s.perceives().forEach((k, v) -> perceives.put(k, TrajectoryEvents.round3(v)));
        Object fixed = fields.remove("perceives");
        if (fixed instanceof Map<?, ?> m) {
            m.forEach((k, v) -> perceives.put(String.valueOf(k), v));
        }
        for (Map.Entry<String, Object> f : s.fields().entrySet()) {
            if (!fields.containsKey(f.getKey())) {
                String note = s.notes().get(f.getKey());
                out.add("    " + f.getKey() + ": " + YamlText.flow(f.getValue()) + (note == null ? "" : "    # " + note));
            }
        }
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            out.add("    " + f.getKey() + ": " + YamlText.flow(f.getValue()) + "    # template");
        }
        if (!perceives.isEmpty()) {
            String source = s.notes().getOrDefault("perceives", "UN ideal-point distance / "
                    + Num.format(req.intentScale()) + " (proxy)");
            out.add("    perceives: " + YamlText.flow(perceives)
                    + (s.perceives().isEmpty() ? "    # template" : "    # " + source
                    + (fixed != null ? "; some pairs from the template" : "")));
        }
    }

    /** Template events with {@code year: Y} / {@code years: [A, B]} turned into steps. */
    private List<String> templateEvents() {
        List<String> out = new ArrayList<>();
        if (req.template() == null) {
            return out;
        }
        for (Object e : req.template().events()) {
            if (e instanceof Map<?, ?> m) {
                Map<Object, Object> copy = new LinkedHashMap<>(m);
                Object year = copy.remove("year");
                if (year instanceof Number y) {
                    copy.put("step", req.stepOf(y.intValue()));
                }
                Object years = copy.remove("years");
                if (years instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number a
                        && l.get(1) instanceof Number b) {
                    copy.put("ramp", List.of(req.stepOf(a.intValue()), req.stepOf(b.intValue())));
                }
                out.add("  - " + YamlText.flow(copy) + (year != null ? "    # " + year
                        : years != null ? "    # " + years : ""));
            } else {
                out.add("  - " + YamlText.flow(e));
            }
        }
        return out;
    }
}
