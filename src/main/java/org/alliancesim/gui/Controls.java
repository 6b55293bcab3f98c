package org.alliancesim.gui;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.decision.Theories;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.ProximityParams;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The Model tab: the assumptions a teacher changes while the model runs. Each control acts
 * through the model's public methods between steps (MASON's inspector holds the schedule's lock
 * while it sets a value), so nothing needs a restart; a restart returns to the scenario's values.
 */
public final class Controls implements Propertied {
    private final AllianceModel model;
    private final List<String> theories = Theories.names();
    private final int focal;
    private final String focalName;
    private final int[] others;
    private final String[] otherNames;
    private final double[] multiplier;
    private int perceived;
    private int powered;
    private double threatThreshold = 0.25;
    private String lastShock = "none yet";
    private String lastChange = "";
    private String chosenTheory;
    private Runnable onChange = () -> { };

    Controls(AllianceModel model, Scenario s) {
        this.model = model;
        int n = s.states().size();
        focal = s.focal().isEmpty() ? 0 : s.indexOf(s.focal().get(0));
        focalName = s.states().get(focal).name();
        List<Integer> o = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (j != focal) {
                o.add(j);
            }
        }
        others = o.stream().mapToInt(Integer::intValue).toArray();
        otherNames = o.stream().map(j -> s.states().get(j).name()).toArray(String[]::new);
        multiplier = new double[n];
        java.util.Arrays.fill(multiplier, 1.0);
    }

    /**
     * Back to the scenario's values for a freshly started model, except the focal state's theory:
     * a theory chosen here holds across restarts, so a class can stop, choose, and play again.
     */
    void reset() {
        if (chosenTheory != null) {
            model.setModule(focal, chosenTheory);
        }
        java.util.Arrays.fill(multiplier, 1.0);
        List<Integer> o = java.util.Arrays.stream(others).boxed().toList();
        perceived = Math.max(0, o.indexOf(model.view().principalThreat(focal, -1)));
        powered = Math.max(0, o.indexOf(Shock.partner(model, focal)));
        lastShock = "none yet";
        lastChange = "";
    }

    int focal() {
        return focal;
    }

    /** What to run after the user changes a control (the GUI redraws the map at once). */
    void onChange(Runnable r) {
        onChange = r;
    }

    double threatThreshold() {
        return threatThreshold;
    }

    /** Whether the model has started (before, the inspector shows defaults and changes nothing). */
    private boolean ready() {
        return model.view() != null;
    }

    @Override
    public Properties properties() {
        PropertyList p = new PropertyList(() -> onChange.run());
        p.text("Focal state", () -> focalName,
                "The state the scenario puts at the centre; the controls below act on its view of the world.");
        p.choice("Theory of " + focalName, theories.toArray(String[]::new),
                () -> ready() ? theories.indexOf(model.moduleName(focal)) : 0,
                k -> whenReady(() -> chooseTheory(theories.get(k))),
                "The decision module the focal state uses from the next step on (ties are kept) and after a restart.");
        p.choice("Intent " + focalName + " sees in", otherNames, () -> perceived,
                k -> perceived = k, "The state whose intent the next slider sets.");
        p.slider("its aggressive intent", 0, 1,
                () -> ready() ? model.intentSignal(focal, others[perceived]) : 0,
                v -> whenReady(() -> model.setIntentSignal(focal, others[perceived], v)),
                "Aggressive intent the focal state's elites read in the perceived state (Walt's fourth source); "
                        + "perception follows it over a few steps.");
        p.choice("Power of", otherNames, () -> powered,
                k -> powered = k, "The state whose power the next slider scales.");
        p.slider("its power multiplier", 0.1, 5, () -> ready() ? multiplier[others[powered]] : 1,
                v -> whenReady(() -> setMultiplier(others[powered], v)),
                "Scales every power component of the powered state (1 = as the scenario says).");
        p.slider("Half-strength distance, km", 250, 10000,
                () -> ready() ? model.scenario().parameters().proximity().halfDistanceKm() : 1500,
                v -> whenReady(() -> setHalfDistance(v)),
                "Boulding's loss-of-strength gradient: the distance at which half a state's strength remains.");
        p.slider("Show threats above", 0, 0.6, () -> threatThreshold, v -> threatThreshold = v,
                "Perceived threats above this are drawn as dashed red arrows on the map.");
        for (Shock s : Shock.values()) {
            p.action("Fire " + s.name() + ": " + s.meaning(), () -> fire(s), s.description());
        }
        p.text("Last fired", () -> lastShock, "The last event fired, and when.");
        p.text("What it changed", () -> lastChange, "The inputs the last fired event changed.");
        return p;
    }

    private void chooseTheory(String theory) {
        model.setModule(focal, theory);
        chosenTheory = theory;
    }

    private void whenReady(Runnable r) {
        if (ready()) {
            r.run();
        }
    }

    void fire(Shock s) {
        if (ready()) {
            lastChange = s.apply(model, focal);
            lastShock = s.name() + " at " + model.scenario().time().label(model.step());
        }
    }

    void setMultiplier(int state, double m) {
        if (m <= 0) {
            throw new IllegalArgumentException("multiplier must be positive");
        }
        var w = model.inputs();
        for (int c = 0; c < w.componentCount(); c++) {
            w.setComponent(state, c, w.component(state, c) * m / multiplier[state]);
        }
        multiplier[state] = m;
    }

    void setHalfDistance(double km) {
        Parameters p = model.scenario().parameters();
        ProximityParams x = p.proximity();
        model.applyParameters(ParameterEdit.with(p, new ProximityParams(x.gradient(), km, x.rangeKm())));
    }
}
