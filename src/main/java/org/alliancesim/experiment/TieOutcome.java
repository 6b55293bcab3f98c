package org.alliancesim.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The outcome of every focal pair of a finished run, indexed as {@link Replication.Result#focalPairs()}:
     * what {@link #of} gives each, in one walk over the run's changes (a run of a large world has
     * hundreds of focal pairs and thousands of changes).
     */
    public static TieOutcome[] all(Scenario scenario, Replication.Result r) {
        List<Replication.FocalPair> pairs = r.focalPairs();
        int n = scenario.states().size();
        // the focal pairs of each unordered pair of states (two when both states are focal)
        Map<Integer, int[]> byPair = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            Replication.FocalPair p = pairs.get(k);
            int[] ks = byPair.get(key(p.state(), p.partner(), n));
            byPair.put(key(p.state(), p.partner(), n), ks == null ? new int[] {k} : append(ks, k));
        }
        int[] formed = new int[pairs.size()];
        java.util.Arrays.fill(formed, -1);
        for (var t : scenario.ties()) {
            int[] ks = t.level() == Level.NONE ? null : byPair.get(key(scenario.indexOf(t.a()), scenario.indexOf(t.b()), n));
            for (int k : ks == null ? new int[0] : ks) {
                formed[k] = 0;
            }
        }
        TieOutcome[] out = new TieOutcome[pairs.size()];
        for (TieChange c : r.changes()) {
            int[] ks = byPair.get(key(c.a(), c.b(), n));
            if (ks == null) {
                continue;
            }
            for (int k : ks) {
                if (out[k] != null) {
                    continue;
                }
                if (formed[k] < 0 && c.to() != Level.NONE) {
                    formed[k] = c.step();
                } else if (formed[k] >= 0 && c.to() == Level.NONE) {
                    out[k] = new TieOutcome(formed[k], true, c.step(), c.step() - formed[k],
                            c.cause() == null ? "other" : c.cause().label());
                }
            }
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] == null) {
                out[k] = formed[k] < 0 ? new TieOutcome(-1, false, -1, -1, null)
                        : new TieOutcome(formed[k], false, -1, r.steps() - formed[k], null);
            }
        }
        return out;
    }

    private static int key(int a, int b, int n) {
        return Math.min(a, b) * n + Math.max(a, b);
    }

    private static int[] append(int[] a, int k) {
        int[] c = java.util.Arrays.copyOf(a, a.length + 1);
        c[a.length] = k;
        return c;
    }
}
