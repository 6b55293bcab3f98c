package org.alliancesim.model;

import org.alliancesim.decision.DecisionModule;
import org.alliancesim.decision.Theories;
import org.alliancesim.decision.TheoryParams;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;

/**
 * Which decision module each state uses: a choice made for one state during the run (the GUI's
 * theory choice) first, then the run's focal theory for the states it covers (the scenario's focal
 * states, or all under {@code theoryScope: all}), then the state's own module, then the scenario's
 * default.
 */
final class ModuleChoice {
    private final Scenario scenario;
    private final String focalTheory;
    private final String[] chosen;

    /** @param focalTheory the focal states' module (null: as the scenario says) */
    ModuleChoice(Scenario scenario, String focalTheory) {
        this.scenario = scenario;
        this.focalTheory = focalTheory;
        this.chosen = new String[scenario.states().size()];
    }

    /** The decision module state i uses. */
    String name(int i) {
        if (chosen[i] != null) {
            return chosen[i];
        }
        StateSpec s = scenario.states().get(i);
        if (focalTheory != null
                && (scenario.theoryScope() == Scenario.TheoryScope.ALL || scenario.focal().contains(s.id()))) {
            return focalTheory;
        }
        return s.module() != null ? s.module() : scenario.defaultModule();
    }

    /**
     * Chooses state i's module from now on.
     *
     * @throws IllegalArgumentException if no theory has that name
     */
    void choose(int i, String theory) {
        if (Theories.byName(theory) == null) {
            throw new IllegalArgumentException("unknown theory '" + theory + "'");
        }
        chosen[i] = theory;
    }

    /** Every state's module, made with these parameters. */
    DecisionModule[] create(TheoryParams p) {
        DecisionModule[] modules = new DecisionModule[chosen.length];
        for (int i = 0; i < modules.length; i++) {
            modules[i] = Theories.byName(name(i)).create(p);
        }
        return modules;
    }

    /** Whether some module is the landscape module (the blocs then move, {@link BlocDynamics}). */
    static boolean anyLandscape(DecisionModule[] modules) {
        for (DecisionModule m : modules) {
            if (m.name().equals(Theories.LANDSCAPE.label())) {
                return true;
            }
        }
        return false;
    }
}
