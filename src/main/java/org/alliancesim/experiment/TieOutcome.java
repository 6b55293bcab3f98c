package org.alliancesim.experiment;

import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;

/**
 * How one focal tie fared in one run, in the terms of survival analysis: the step it first stood
 * (above none), whether that first spell ended (fell to none) within the run, when, and why. A
 * tie standing at step 0 (declared in the scenario) stood from step 0. The duration is the number
 * of steps the spell stood: {@code end - formed} when it ended, else {@code steps - formed},
 * censored at the end of the run. A tie that re-forms after ending starts a new spell, which is
 * not counted (time to first failure).
 *
 * @param formed first step the tie stood, or -1 if it never did (then it is left out of survival)
 * @param ended whether the first spell ended within the run
 * @param endStep the step it fell to none, or -1
 * @param duration steps the spell stood (censored at the run's end when not ended), or -1
 * @param cause the attributed cause of the fall (W1..W6, S1, S2, other), or null
 */
public record TieOutcome(int formed, boolean ended, int endStep, int duration, String cause) {

    public boolean stood() {
        return formed >= 0;
    }

    /** The outcome of focal pair {@code pair} in a finished run of {@code scenario}. */
    public static TieOutcome of(Scenario scenario, Replication.Result r, int pair) {
        Replication.FocalPair p = r.focalPairs().get(pair);
        String a = scenario.states().get(p.state()).id();
        String b = scenario.states().get(p.partner()).id();
        int formed = -1;
        for (var t : scenario.ties()) {
            if (((t.a().equals(a) && t.b().equals(b)) || (t.a().equals(b) && t.b().equals(a))) && t.level() != Level.NONE) {
                formed = 0;
            }
        }
        for (TieChange c : r.changes()) {
            if (!p.matches(c.a(), c.b())) {
                continue;
            }
            if (formed < 0 && c.to() != Level.NONE) {
                formed = c.step();
            } else if (formed >= 0 && c.to() == Level.NONE) {
                return new TieOutcome(formed, true, c.step(), c.step() - formed, c.cause() == null ? "other" : c.cause().label());
            }
        }
        return formed < 0 ? new TieOutcome(-1, false, -1, -1, null)
                : new TieOutcome(formed, false, -1, r.steps() - formed, null);
    }
}
