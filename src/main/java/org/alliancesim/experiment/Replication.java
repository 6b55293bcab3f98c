package org.alliancesim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.Recorder;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;

/**
 * One seeded run of one theory: steps the model and keeps what the outputs need (focal ties'
 * commitment per step, every change of level, the final levels), plus whatever the given
 * recorders collect.
 */
public final class Replication {
    private Replication() {
    }

    /**
     * What one run leaves behind.
     *
     * @param focalDesire per focal pair and step, the focal state's desire toward the partner
     * @param partnerDesire per focal pair and step, the partner's desire toward the focal state (the
     *     other side that caps the tie), or null when not recorded
     */
    public record Result(String theory, int replication, long seed, int steps, List<FocalPair> focalPairs,
                         double[][] focalCommitment, double[][] focalDesire, List<TieChange> changes, Level[][] finalLevels,
                         double[][] finalCommitment, double[][] partnerDesire) {

        /** A result without the partner's desire. */
        public Result(String theory, int replication, long seed, int steps, List<FocalPair> focalPairs,
                      double[][] focalCommitment, double[][] focalDesire, List<TieChange> changes, Level[][] finalLevels,
                      double[][] finalCommitment) {
            this(theory, replication, seed, steps, focalPairs, focalCommitment, focalDesire, changes, finalLevels,
                    finalCommitment, null);
        }

        /**
         * The step the focal pair's tie ended (fell to none, and did not rise again), or -1. A fall
         * to none always follows standing, whether the tie rose during the run or was declared in
         * the scenario at step 0.
         */
        public int endStep(int pair) {
            FocalPair p = focalPairs.get(pair);
            int end = -1;
            for (TieChange c : changes) {
                if (p.matches(c.a(), c.b())) {
                    end = c.to() == Level.NONE ? c.step() : -1;
                }
            }
            return end;
        }

        /** The cause of the focal pair's last fall to none, or null if it did not end. */
        public TieChange ending(int pair) {
            int end = endStep(pair);
            if (end < 0) {
                return null;
            }
            FocalPair p = focalPairs.get(pair);
            TieChange last = null;
            for (TieChange c : changes) {
                if (p.matches(c.a(), c.b()) && c.step() == end && c.to() == Level.NONE) {
                    last = c;
                }
            }
            return last;
        }
    }

    /** A focal state and a partner, by index. */
    public record FocalPair(int state, int partner) {
        /** Whether the tie between states {@code a} and {@code b}, in either order, is this pair's. */
        public boolean matches(int a, int b) {
            return (a == state && b == partner) || (a == partner && b == state);
        }

        /** The pair's label in outputs: the two ids, focal state first ({@code IRN-RUS}). */
        public String label(Scenario s) {
            return s.states().get(state).id() + "-" + s.states().get(partner).id();
        }
    }

    /** The labels of {@link #focalPairs(Scenario)}, in the same order. */
    public static List<String> focalPairLabels(Scenario s) {
        return focalPairs(s).stream().map(p -> p.label(s)).toList();
    }

    /** The focal pairs of a scenario: each focal state with every other state, in file order. */
    public static List<FocalPair> focalPairs(Scenario s) {
        List<FocalPair> out = new ArrayList<>();
        for (String f : s.focal()) {
            int i = s.indexOf(f);
            for (int j = 0; j < s.states().size(); j++) {
                if (j != i) {
                    out.add(new FocalPair(i, j));
                }
            }
        }
        return out;
    }

    public static Result run(Scenario scenario, String theory, int rep, long seed, int steps, List<Recorder> recorders) {
        AllianceModel model = new AllianceModel(scenario, theory, seed);
        List<FocalPair> pairs = focalPairs(scenario);
        double[][] focal = new double[pairs.size()][steps];
        double[][] wants = new double[pairs.size()][steps];
        double[][] back = new double[pairs.size()][steps];
        // the pairs' states as arrays, read every step
        int[] states = new int[pairs.size()];
        int[] partners = new int[pairs.size()];
        for (int k = 0; k < states.length; k++) {
            states[k] = pairs.get(k).state();
            partners[k] = pairs.get(k).partner();
        }
        model.addRecorder((m, step) -> {
            org.alliancesim.model.TieBook ties = m.ties();
            for (int k = 0; k < states.length; k++) {
                int i = states[k];
                int j = partners[k];
                double c = ties.commitment(i, j);
                double d = m.desire(i, j);
                focal[k][step] = c;
                wants[k][step] = d;
                // the check's call only for a number that fails it (C1 does not inline it)
                if (!Double.isFinite(c) || !Double.isFinite(d)) {
                    NonFiniteException.check(c, "commitment", scenario, i, j, step, theory, rep);
                    NonFiniteException.check(d, "desire", scenario, i, j, step, theory, rep);
                }
                back[k][step] = m.desire(j, i);
            }
        });
        recorders.forEach(model::addRecorder);
        model.runSteps(steps);
        int n = scenario.states().size();
        Level[][] levels = new Level[n][n];
        double[][] commitment = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                levels[i][j] = model.ties().level(i, j);
                double c = model.ties().commitment(i, j);
                commitment[i][j] = c;
                if (!Double.isFinite(c)) {
                    NonFiniteException.check(c, "commitment", scenario, i, j, steps - 1, theory, rep);
                }
            }
        }
        return new Result(theory, rep, seed, steps, pairs, focal, wants, List.copyOf(model.changes()), levels, commitment,
                back);
    }
}
