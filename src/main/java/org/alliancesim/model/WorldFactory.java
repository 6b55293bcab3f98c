package org.alliancesim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancesim.scenario.FactionSpec;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Channel;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.WorldInputs;

/** Builds the world's inputs at step 0 from a scenario, and installs factions (regime change). */
final class WorldFactory {
    private final Scenario scenario;

    WorldFactory(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * The world at step 0, the run's own (a copy of the one built once per scenario,
     * {@link StartWorld}), and the signals it starts from, into {@code signals}.
     */
    WorldInputs inputs(Signals signals) {
        return StartWorld.of(scenario, this).copy(signals);
    }

    /** The world at step 0 built from the scenario's rows, and its signals into {@code signals}. */
    WorldInputs build(Signals signals) {
        List<StateSpec> states = scenario.states();
        int n = states.size();
        List<String> ids = states.stream().map(StateSpec::id).toList();
        List<String> components = new ArrayList<>(states.get(0).power().keySet());
        WorldInputs w = new WorldInputs(ids, components);
        StartRows start = new StartRows(scenario);
        for (int i = 0; i < n; i++) {
            StateSpec s = states.get(i);
            for (int c = 0; c < components.size(); c++) {
                w.setComponent(i, c, s.power().getOrDefault(components.get(c), 0.0));
            }
            w.setReach(i, s.reach());
            w.setRevisionism(i, s.revisionism());
            System.arraycopy(start.intent[i], 0, signals.intent[i], 0, n);
            GainSpec[] gains = start.gains[i];
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (j > i) {
                    w.setDistanceKm(i, j, start.km[i][j]);
                    w.setIdentity(i, j, start.identity[i][j]);
                }
                w.setOffense(i, j, start.offense[i][j]);
                w.setCredibility(i, j, start.credibility[i][j]);
                if (gains[j] != null) {
                    setGains(w, signals, i, j, gains[j]);
                }
                w.setTrade(i, j, start.trade[i][j]);
            }
        }
        for (int i = 0; i < n; i++) {
            String regime = states.get(i).regime();
            if (regime != null) {
                installFaction(w, signals, i, null, regime);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    w.setIntent(i, j, signals.intent[i][j]);
                    w.setDelivered(i, j, signals.delivered[i][j]);
                }
            }
        }
        return w;
    }

    private static void setGains(WorldInputs w, Signals signals, int i, int j, GainSpec g) {
        w.setGain(i, j, Channel.POLITICAL, g.political());
        w.setGain(i, j, Channel.MILITARY, g.military());
        w.setGain(i, j, Channel.ECONOMIC, g.economic());
        signals.delivered[i][j] = g.delivered();
    }

    /**
     * Shared identity: the share of traits, over those either state names, on which they agree
     * (counted without building the union of the two key sets).
     */
    static double similarity(Map<String, String> a, Map<String, String> b) {
        int union = a.size();
        for (String k : b.keySet()) {
            if (!a.containsKey(k)) {
                union++;
            }
        }
        if (union == 0) {
            return 0;
        }
        int same = 0;
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (e.getValue().equals(b.get(e.getKey()))) {
                same++;
            }
        }
        return same / (double) union;
    }

    /**
     * Brings faction {@code next} to power in state i: first the state's own declared values return
     * where the outgoing faction had overridden them, then the new faction's overrides apply.
     */
    void installFaction(WorldInputs w, Signals signals, int i, String previous, String next) {
        StateSpec s = scenario.states().get(i);
        PerceptionParams perception = scenario.parameters().perception();
        if (previous != null) {
            FactionSpec old = s.factions().get(previous);
            for (String id : old.perceives().keySet()) {
                signals.intent[i][scenario.indexOf(id)] = s.perceives().getOrDefault(id, perception.defaultIntent());
            }
            for (String id : old.credibility().keySet()) {
                w.setCredibility(i, scenario.indexOf(id), s.credibility().getOrDefault(id, perception.defaultCredibility()));
            }
            for (String id : old.gains().keySet()) {
                setGains(w, signals, i, scenario.indexOf(id), s.gains().getOrDefault(id, new GainSpec(0, 0, 0, 1)));
            }
            w.setRevisionism(i, s.revisionism());
        }
        FactionSpec f = s.factions().get(next);
        // loops rather than lambdas: each lambda's first use costs a cold run a bootstrap
        for (Map.Entry<String, Double> e : f.perceives().entrySet()) {
            signals.intent[i][scenario.indexOf(e.getKey())] = e.getValue();
        }
        for (Map.Entry<String, Double> e : f.credibility().entrySet()) {
            w.setCredibility(i, scenario.indexOf(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, GainSpec> e : f.gains().entrySet()) {
            setGains(w, signals, i, scenario.indexOf(e.getKey()), e.getValue());
        }
        if (f.revisionism() != null) {
            w.setRevisionism(i, f.revisionism());
        }
    }
}
