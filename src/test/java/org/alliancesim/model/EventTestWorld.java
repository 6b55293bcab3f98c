package org.alliancesim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioLoader;

/**
 * A three-state scenario with no perception noise and no learning from behaviour (which would move
 * the inputs an event sets), for testing one event at a time.
 */
final class EventTestWorld {
    static final String FILE = "events-test.yaml";
    static final int STEPS = 20;

    private EventTestWorld() {
    }

    /** The scenario text with the given lines under {@code events:} (each already indented). */
    static String text(String events) {
        return """
                name: events-test
                time: {start: 2000, unit: year, steps: 20}
                focal: [A]
                parameters:
                  perception: {noise: 0}
                  learning: {intentFromAlignment: 0, credibilityFromReliability: 0, gainsFromDelivery: 0}
                states:
                  - id: A
                    capital: {lat: 30, lon: 50}
                    power: {population: 10, economy: 100, military: 10}
                    offense: 0.4
                    reach: 1.0
                    regime: old
                    factions:
                      old: {}
                      new:
                        perceives: {B: 0.7}
                        credibility: {B: 0.3}
                        revisionism: status-quo
                    revisionism: limited
                    perceives: {B: 0.1, C: 0.5}
                    credibility: {B: 0.8}
                    gains:
                      B: {political: 0.5, military: 0.6, economic: 0.4}
                    trade: {B: 0.1}
                  - id: B
                    capital: {lat: 50, lon: 40}
                    power: {population: 20, economy: 200, military: 30}
                  - id: C
                    capital: {lat: 40, lon: -80}
                    power: {population: 30, economy: 600, military: 90}
                events:
                """ + events;
    }

    static Scenario scenario(String events) throws ScenarioException {
        return ScenarioLoader.parse(text(events), FILE);
    }

    /** The value of {@code probe} at every step of one run (observed in the record phase). */
    static double[] trace(String events, ToDoubleFunction<AllianceModel> probe) throws ScenarioException {
        AllianceModel m = new AllianceModel(scenario(events), null, 7);
        List<Double> out = new ArrayList<>();
        m.addRecorder((model, step) -> out.add(probe.applyAsDouble(model)));
        m.runSteps(STEPS);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
