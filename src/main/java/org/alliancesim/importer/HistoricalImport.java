package org.alliancesim.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.alliancesim.data.Capital;
import org.alliancesim.history.HistoricalData;
import org.alliancesim.history.InputBuilder;
import org.alliancesim.history.YearInputs;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.world.Revisionism;

/**
 * {@code import --data DIR}: a scenario for any year and any states, including states that no
 * longer exist, with every input {@link InputBuilder} computes (the same builder as
 * {@code HistoricalWorlds}, so the YAML and the in-memory worlds agree). Over several years the
 * inputs follow the data through {@link TrajectoryEvents} (power) and {@link HistoryEvents} (intent,
 * offense, reach, trade, gains, regime).
 */
public final class HistoricalImport {
    private final InputBuilder builder;
    private final Consumer<String> warn;

    public HistoricalImport(InputBuilder builder, Consumer<String> warn) {
        this.builder = builder;
        this.warn = warn;
    }

    public String build(ImportRequest req) throws ImportException {
        return imported(req).text();
    }

    /**
     * The scenario with what the command reports of it. Without a template every value is the
     * data's, written by this package in range (the import tests load every such file), so the
     * theory-input warnings come from the values as written rather than from reading the text
     * back; with a template the caller must load the text, since the template's fields and
     * parameters are the user's.
     */
    public ImportedScenario imported(ImportRequest req) throws ImportException {
        HistoricalData data = builder.data();
        for (int y : new int[] {req.from(), req.to()}) {
            if (y < data.firstYear() || y > data.lastYear()) {
                throw new ImportException("year " + y + " is outside the data's coverage " + data.firstYear() + "-"
                        + data.lastYear() + " (COW states, NMC and MIDs in " + data.folder() + ")");
            }
        }
        int[] ccodes = select(req, data);
        List<YearInputs> years = new ArrayList<>();
        try {
            for (int y = req.from(); y <= req.to(); y++) {
                years.add(builder.build(y, ccodes));
            }
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage());
        }
        YearInputs first = years.get(0);
        List<ImportedState> states = states(req, years);
        req.checkTemplate(states);
        String focal = req.focalAmong(states);
        Map<String, Double> distances = new LinkedHashMap<>();
        for (int i = 0; i < ccodes.length; i++) {
            for (int j = i + 1; j < ccodes.length; j++) {
                distances.put(first.ids()[i] + "-" + first.ids()[j], Math.round(first.distanceKm()[i][j] * 10) / 10.0);
            }
        }
        List<String> events = new ArrayList<>(new TrajectoryEvents(data.nmc(), null, req, states, warn).lines());
        events.addAll(new HistoryEvents(req, years, states).lines());
        String text = new ScenarioWriter(req, states, focal, distances, events).text();
        int eventCount = (int) events.stream().filter(l -> l.startsWith("  - ")).count();
        List<String> warnings = req.template() != null ? List.of()
                : TheoryInputCheck.warnings(TheoryInputCheck.asWritten(states),
                        org.alliancesim.scenario.Parameters.DEFAULTS.perception().defaultIntent());
        return new ImportedScenario(text, states.size(), distances.size(), eventCount, req.steps(), warnings);
    }

    private int[] select(ImportRequest req, HistoricalData data) throws ImportException {
        List<Integer> chosen = new ArrayList<>();
        if (req.states().isEmpty()) {
            chosen.addAll(data.states().membersIn(req.from()));
        } else {
            Set<String> seen = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            for (String s : req.states()) {
                String key = s.strip().toUpperCase(Locale.ROOT);
                if (!seen.add(key)) {
                    throw new ImportException("--states names " + key + " twice");
                }
                Optional<Integer> c = data.states().ccodeOf(key);
                if (c.isEmpty()) {
                    unknown.add(key);
                } else if (!data.states().isMember(c.get(), req.from())) {
                    absent.add(key);
                } else {
                    chosen.add(c.get());
                }
            }
            if (!unknown.isEmpty()) {
                throw new ImportException("not COW state abbreviations (" + HistoricalData.STATES + "): "
                        + String.join(", ", unknown));
            }
            if (!absent.isEmpty()) {
                throw new ImportException("not in the COW state system in " + req.from() + ": "
                        + String.join(", ", absent));
            }
        }
        if (req.states().isEmpty() && req.to() > req.from()) {
            List<String> left = new ArrayList<>();
            chosen.removeIf(c -> {
                boolean out = gapYears(data, req, c).size() > 0;
                if (out) {
                    left.add(data.states().abbreviation(c));
                }
                return out;
            });
            if (!left.isEmpty()) {
                warn.accept("--states all over " + req.from() + "-" + req.to() + " takes the states in the system every"
                        + " year (a scenario's states are fixed); left out: " + String.join(", ", left));
            }
        }
        List<String> gaps = new ArrayList<>();
        for (int c : chosen) {
            TreeSet<Integer> missing = gapYears(data, req, c);
            if (!missing.isEmpty()) {
                gaps.add(data.states().abbreviation(c) + " (" + (missing.size() == 1 ? missing.first()
                        : missing.first() + "-" + missing.last() + ", " + missing.size() + " years") + ")");
            }
        }
        if (!gaps.isEmpty()) {
            throw new ImportException("states not in the COW system (or NMC) every year " + req.from() + "-"
                    + req.to() + ": " + String.join(", ", gaps) + "; narrow --from/--to or leave them out");
        }
        List<String> noNmc = chosen.stream().filter(c -> data.nmc().get(c, req.from()).isEmpty())
                .map(c -> data.states().abbreviation(c)).toList();
        if (!noNmc.isEmpty()) {
            warn.accept("no NMC row in " + req.from() + " (power 0) for: " + String.join(", ", noNmc));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Years of the span in which a state is out of the system (or, after the first, has no NMC row). */
    private static TreeSet<Integer> gapYears(HistoricalData data, ImportRequest req, int c) {
        TreeSet<Integer> missing = new TreeSet<>();
        for (int y = req.from(); y <= req.to(); y++) {
            if (!data.states().isMember(c, y) || (y > req.from() && data.nmc().get(c, y).isEmpty())) {
                missing.add(y);
            }
        }
        return missing;
    }

    private List<ImportedState> states(ImportRequest req, List<YearInputs> years) {
        YearInputs in = years.get(0);
        int n = in.size();
        List<ImportedState> out = new ArrayList<>(n);
        List<String> bundled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = in.ids()[i];
            if (in.capital()[i].endsWith("(bundled table)")) {
                bundled.add(id);
            }
            Set<String> fixed = req.template() == null ? Set.of() : req.template().perceivedBy(id);
            Map<String, Double> perceives = new LinkedHashMap<>();
            Map<String, Object> fields = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            if (in.intent() != null) {
                for (int j = 0; j < n; j++) {
                    if (j != i && !fixed.contains(in.ids()[j])) {
                        perceives.put(in.ids()[j], HistoryEvents.round3(in.intent()[i][j]));
                    }
                }
                notes.put("perceives", "noisy-OR of rivalry, decayed disputes and UN voting (docs/data.md)");
            }
            if (!Double.isNaN(in.offense()[i])) {
                fields.put("offense", HistoryEvents.round3(in.offense()[i]));
                notes.put("offense", "military share m / (m + " + builder.params().offenseHalfShare() + ")");
                Map<String, Object> toward = new LinkedHashMap<>();
                for (int j = 0; j < n; j++) {
                    if (!Double.isNaN(in.offenseToward()[i][j])) {
                        toward.put(in.ids()[j], HistoryEvents.round3(in.offenseToward()[i][j]));
                    }
                }
                if (!toward.isEmpty()) {
                    fields.put("offenseToward", toward);
                    notes.put("offenseToward", "contiguous states (COW direct contiguity)");
                }
            }
            if (in.reach()[i] != 1) {
                fields.put("reach", in.reach()[i]);
                notes.put("reach", "COW major power");
            }
            if (in.revisionism()[i] != Revisionism.STATUS_QUO) {
                fields.put("revisionism", in.revisionism()[i].label());
                notes.put("revisionism", "MID revisionism proxy");
            }
            if (in.trade() != null) {
                Map<String, Object> trade = new LinkedHashMap<>();
                for (int j = 0; j < n; j++) {
                    double v = j == i ? 0 : HistoryEvents.floor4(in.trade()[i][j]);
                    if (v > 0) {
                        trade.put(in.ids()[j], v);
                    }
                }
                if (!trade.isEmpty()) {
                    fields.put("trade", trade);
                    notes.put("trade", "share of the state's total trade (COW dyadic trade)");
                }
            }
            Map<String, Object> gains = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                GainSpec g = in.gains()[i][j];
                if (g != null) {
                    gains.put(in.ids()[j], gainMap(g));
                }
            }
            if (!gains.isEmpty()) {
                fields.put("gains", gains);
                notes.put("gains", "economic from trade share, military from a shared rival");
            }
            Set<String> regimes = new LinkedHashSet<>();
            for (YearInputs y : years) {
                if (y.regime()[i] != null) {
                    regimes.add(y.regime()[i]);
                }
            }
            String regime = in.regime()[i] != null ? in.regime()[i]
                    : regimes.isEmpty() ? null : regimes.iterator().next();
            if (regime != null) {
                fields.put("identity", Map.of("regime", regime));
                notes.put("identity", "regime type (Polity, else V-Dem), at step 0");
                fields.put("regime", regime);
                Map<String, Object> factions = new LinkedHashMap<>();
                regimes.add(regime);
                regimes.forEach(r -> factions.put(r, new LinkedHashMap<>()));    // distinct maps: no YAML aliases
                fields.put("factions", factions);
                notes.put("factions", "the regime types the state has over the years");
            }
            Capital cap = new Capital(id, in.ccodes()[i], in.capital()[i], in.lat()[i], in.lon()[i]);
            out.add(new ImportedState(id, in.ccodes()[i], in.names()[i], cap, in.power()[i], in.cinc()[i], perceives,
                    fields, notes));
        }
        if (!bundled.isEmpty()) {
            warn.accept("no capital in " + HistoricalData.CAPITALS + " for " + in.year()
                    + "; the bundled present-day table is used for: " + String.join(", ", bundled));
        }
        return out;
    }

    /** A gain as YAML, leaving out what equals the loader's defaults (political 0, military 0, economic 0, delivered 1). */
    static Map<String, Object> gainMap(GainSpec g) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (HistoryEvents.round3(g.political()) != 0) {
            m.put("political", HistoryEvents.round3(g.political()));
        }
        if (HistoryEvents.round3(g.military()) != 0) {
            m.put("military", HistoryEvents.round3(g.military()));
        }
        if (HistoryEvents.round3(g.economic()) != 0) {
            m.put("economic", HistoryEvents.round3(g.economic()));
        }
        if (HistoryEvents.round3(g.delivered()) != 1) {
            m.put("delivered", HistoryEvents.round3(g.delivered()));
        }
        return m;
    }

}
