package org.alliancesim.model;

import org.alliancesim.landscape.Blocs;
import org.alliancesim.landscape.Landscape;
import org.alliancesim.landscape.Propensities;
import org.alliancesim.landscape.PropensityParams;
import org.alliancesim.world.Assessment;

/**
 * Axelrod and Bennett's system-level dynamics (BJPolS 23(2), 1993), run only when some state uses
 * the {@code landscape} module: the landscape is derived from this step's assessment
 * ({@link Propensities}), the blocs make their single frustration-reducing switches on it, and the
 * assessment exposes the sides before any state decides, so every module stays a pure function of
 * the world. At the first step the blocs start as {@code parameters.landscape.start} says. The
 * blocs are this rule's state: they persist from step to step, and across a change of parameters.
 */
final class BlocDynamics {
    private Blocs blocs;

    /** Moves the blocs on this step's assessment and shows their sides to it. */
    void advance(Assessment view, PropensityParams p) {
        Landscape landscape = Propensities.landscape(view, p);
        if (blocs == null) {
            blocs = Blocs.start(landscape, p.start());
        }
        blocs.advance(landscape, p.switchesPerStep());
        view.setBlocs(blocs.sides());
    }

    /** Shows the current sides to a new assessment (none before the first step). */
    void showTo(Assessment view) {
        if (blocs != null) {
            view.setBlocs(blocs.sides());
        }
    }

    /** Forgets the blocs: no state uses the landscape module any more. */
    void reset() {
        blocs = null;
    }
}
