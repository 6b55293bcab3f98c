package org.alliancesim.importer;

import org.alliancesim.history.IntentProxy;
import org.alliancesim.history.CowPower;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancesim.data.Capital;
import org.alliancesim.data.CapitalCoordinates;
import org.alliancesim.data.CapitalDistances;
import org.alliancesim.data.CincCalculator;
import org.alliancesim.data.CincValue;
import org.alliancesim.data.IdealPoint;
import org.alliancesim.data.IdealPoints;
import org.alliancesim.data.NmcData;
import org.alliancesim.data.NmcRecord;
import org.alliancesim.data.UnSessions;

/**
 * Builds a scenario from the real data: which states, their power each year ({@link CowPower}),
 * capitals (bundled table), distances (capdist), perceived intents (the ideal-point proxy,
 * {@link IntentProxy}) and, over several years, the events that move power and intents from year
 * to year. Problems that make a scenario impossible (a year or state not in the NMC data, a state
 * with no known capital) are errors; gaps the model can fill (a state missing from capdist or from
 * the UN data) are warnings that name the states.
 */
public final class ScenarioImporter {
    private final NmcData nmc;
    private final CapitalDistances capdist;
    private final IdealPoints ideal;
    private final CapitalCoordinates capitals;
    private final Consumer<String> warn;

    /**
     * @param ideal UN ideal points, or null to leave perceived intents at the scenario default
     * @param warn receives one line per warning
     */
    public ScenarioImporter(NmcData nmc, CapitalDistances capdist, IdealPoints ideal, CapitalCoordinates capitals,
                            Consumer<String> warn) {
        this.nmc = nmc;
        this.capdist = capdist;
        this.ideal = ideal;
        this.capitals = capitals;
        this.warn = warn;
    }

    /** The scenario's YAML text (not yet validated). */
    public String build(ImportRequest req) throws ImportException {
        List<NmcRecord> chosen = selectStates(req);
        checkYears(chosen, req);
        Map<Integer, double[]> power = CowPower.of(nmc.forYear(req.from()));
        Map<Integer, Double> cinc = new HashMap<>();
        for (CincValue v : CincCalculator.computeYear(nmc.forYear(req.from()))) {
            cinc.put(v.ccode(), v.cinc().orElse(Double.NaN));
        }
        List<String> noCapital = new ArrayList<>();
        List<ImportedState> states = new ArrayList<>();
        for (NmcRecord r : chosen) {
            Optional<Capital> cap = capitals.byCcode(r.ccode()).or(() -> capitals.byStateAbb(r.stateabb()));
            if (cap.isEmpty()) {
                noCapital.add(r.stateabb() + " (" + r.ccode() + ")");
                continue;
            }
            states.add(new ImportedState(r.stateabb(), r.ccode(), name(r), cap.get(), power.get(r.ccode()),
                    cinc.get(r.ccode()), new LinkedHashMap<>(), Map.of(), Map.of()));
        }
        if (!noCapital.isEmpty()) {
            throw new ImportException("no capital in the bundled table (" + CapitalCoordinates.RESOURCE
                    + ") for: " + String.join(", ", noCapital));
        }
        String focal = req.focalAmong(states);
        req.checkTemplate(states);
        Map<String, Double> distances = distances(states);
        proxyIntents(req, states);
        List<String> events = new TrajectoryEvents(nmc, ideal, req, states, warn).lines();
        return new ScenarioWriter(req, states, focal, distances, events).text();
    }

    private List<NmcRecord> selectStates(ImportRequest req) throws ImportException {
        List<NmcRecord> year = nmc.forYear(req.from());
        if (nmc.years().isEmpty()) {
            throw new ImportException("the NMC file has a header but no rows: no state-year to import");
        }
        if (year.isEmpty()) {
            throw new ImportException("year " + req.from() + " is not in the NMC data (it covers "
                    + nmc.years().first() + "-" + nmc.years().last() + ")");
        }
        if (req.states().isEmpty()) {
            return year;
        }
        Map<String, NmcRecord> byAbb = new HashMap<>();
        year.forEach(r -> byAbb.put(r.stateabb().toUpperCase(Locale.ROOT), r));
        List<NmcRecord> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String s : req.states()) {
            String key = s.strip().toUpperCase(Locale.ROOT);
            if (!seen.add(key)) {
                throw new ImportException("--states names " + key + " twice");
            }
            NmcRecord r = byAbb.get(key);
            if (r == null) {
                missing.add(key);
            } else {
                out.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException("no NMC row in " + req.from() + " for: " + String.join(", ", missing)
                    + " (states are named by COW abbreviation, e.g. IRN, RUS, USA, CHN)");
        }
        return out;
    }

    private void checkYears(List<NmcRecord> chosen, ImportRequest req) throws ImportException {
        List<String> gaps = new ArrayList<>();
        for (NmcRecord r : chosen) {
            List<Integer> absent = new ArrayList<>();
            for (int y = req.from() + 1; y <= req.to(); y++) {
                if (nmc.get(r.ccode(), y).isEmpty()) {
                    absent.add(y);
                }
            }
            if (!absent.isEmpty()) {
                gaps.add(r.stateabb() + " (no row in " + (absent.size() == 1 ? absent.get(0)
                        : absent.get(0) + "-" + absent.get(absent.size() - 1) + ", " + absent.size() + " years") + ")");
            }
        }
        if (!gaps.isEmpty()) {
            throw new ImportException("states not in the NMC data every year " + req.from() + "-" + req.to() + ": "
                    + String.join(", ", gaps) + "; narrow --from/--to or leave them out");
        }
    }

    private String name(NmcRecord r) {
        if (ideal != null && r.year() > UnSessions.BASE_YEAR) {
            Optional<IdealPoint> p = ideal.get(r.ccode(), UnSessions.sessionOpeningIn(r.year()));
            if (p.isPresent() && !p.get().countryName().isBlank()) {
                return p.get().countryName();
            }
        }
        return r.stateabb();
    }


    /** Capdist distances for every pair both of whose states are in the file; warns about the rest. */
    private Map<String, Double> distances(List<ImportedState> states) {
        List<String> absent = states.stream().filter(s -> !capdist.contains(s.ccode())).map(ImportedState::id).toList();
        if (!absent.isEmpty()) {
            warn.accept("not in the capdist file, so their distances are great-circle km between the bundled capitals: "
                    + String.join(", ", absent));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> noDyad = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            for (int j = i + 1; j < states.size(); j++) {
                ImportedState a = states.get(i);
                ImportedState b = states.get(j);
                if (!capdist.contains(a.ccode()) || !capdist.contains(b.ccode())) {
                    continue;
                }
                OptionalDouble km = capdist.kmBetween(a.ccode(), b.ccode());
                if (km.isPresent()) {
                    out.put(a.id() + "-" + b.id(), km.getAsDouble());
                } else {
                    noDyad.add(a.id() + "-" + b.id());
                }
            }
        }
        if (!noDyad.isEmpty()) {
            warn.accept("pairs missing from the capdist file (great-circle km used instead): "
                    + String.join(", ", noDyad.subList(0, Math.min(20, noDyad.size())))
                    + (noDyad.size() > 20 ? " and " + (noDyad.size() - 20) + " more" : ""));
        }
        return out;
    }

    /** Perceived intents at step 0 from the ideal points of the start year, unless a template sets them. */
    private void proxyIntents(ImportRequest req, List<ImportedState> states) {
        if (ideal == null) {
            return;
        }
        List<String> absent = new ArrayList<>();
        double[] x = new double[states.size()];
        for (int i = 0; i < states.size(); i++) {
            x[i] = ideal.idealPointInYear(states.get(i).ccode(), req.from()).orElse(Double.NaN);
            if (Double.isNaN(x[i])) {
                absent.add(states.get(i).id());
            }
        }
        if (!absent.isEmpty()) {
            warn.accept("no UN ideal point in session " + UnSessions.sessionOpeningIn(req.from()) + " (" + req.from()
                    + ") for: " + String.join(", ", absent) + "; their pairs keep the default perceived intent");
        }
        for (int i = 0; i < states.size(); i++) {
            ImportedState s = states.get(i);
            Set<String> fixed = req.template() == null ? Set.of() : req.template().perceivedBy(s.id());
            for (int j = 0; j < states.size(); j++) {
                String other = states.get(j).id();
                if (i != j && !Double.isNaN(x[i]) && !Double.isNaN(x[j]) && !fixed.contains(other)) {
                    s.perceives().put(other, IntentProxy.intent(x[i], x[j], req.intentScale()));
                }
            }
        }
    }
}
