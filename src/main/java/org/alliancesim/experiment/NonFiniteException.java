package org.alliancesim.experiment;

import java.util.Locale;
import org.alliancesim.scenario.Scenario;

/**
 * The invariant checked before anything is written: every number a run hands to an output is
 * finite. Scenario numbers are bounded (see docs/validation.md) so that this should never fire; if
 * it does, the command stops (exit 4) naming the quantity, the states, the step and the run, and
 * writes nothing, rather than writing an empty cell or "inf".
 */
public final class NonFiniteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private NonFiniteException(String message) {
        super(message);
    }

    /**
     * Throws unless {@code value} is finite.
     *
     * @param what the quantity, e.g. "commitment"
     * @param i the state, {@code j} the partner (indexes into the scenario's states)
     */
    public static void check(double value, String what, Scenario s, int i, int j, int step, String theory, int replication) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteException(String.format(Locale.ROOT,
                    "the model computed %s for the %s of %s toward %s at step %d (%s) under %s, replication %d;"
                            + " nothing was written (the scenario's numbers are too extreme: see docs/validation.md)",
                    Double.isNaN(value) ? "NaN" : value > 0 ? "infinity" : "-infinity", what, s.states().get(i).id(),
                    s.states().get(j).id(), step, s.time().label(step), theory, replication));
        }
    }
}
