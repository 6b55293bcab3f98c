package org.alliancesim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.world.Clip;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;
import org.alliancesim.world.WorldInputs;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3 (ordering 2): every pair's tie follows what both want, all at once, by the tie's motion
 * rule ({@link TieParams#next}, {@link TieParams#levelFor}); each change of level is logged, and a
 * fall gets a cause ({@link CauseAttributor}) from the inputs as they stood when the tie last rose
 * ({@link RiseSnapshots}). Owns the ties and the log of changes.
 */
final class CommitPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int NONE = Level.NONE.ordinal();
    private final transient TieBook ties;
    private final transient double[][] desire;
    private final transient WorldInputs inputs;
    private final transient String[] regimes;
    private final transient RiseSnapshots snapshots;
    private final transient List<TieChange> changes = new ArrayList<>();
    private final transient List<TieChange> stepChanges = new ArrayList<>();
    private transient TieParams rule;
    /** {@link TieParams#lowestKept()} of the rule. */
    private transient double lowest;
    /** {@link TieParams#keptFrom} and {@link TieParams#keptBelow} of the rule, by the ordinal of the level held. */
    private final transient double[] keptFrom = new double[TieBook.LEVELS.length];
    private final transient double[] keptBelow = new double[TieBook.LEVELS.length];
    private transient CauseAttributor attributor;
    private transient DecisionModule[] modules;
    private transient boolean attributeCauses = true;

    /**
     * @param desire the desires the decide phase writes
     * @param regimes the ruling factions, as the run moves them
     */
    CommitPhase(TieBook ties, double[][] desire, WorldInputs inputs, String[] regimes, RiseSnapshots snapshots) {
        this.ties = ties;
        this.desire = desire;
        this.inputs = inputs;
        this.regimes = regimes;
        this.snapshots = snapshots;
    }

    /**
     * Commits with this rule from now on, and attributes falls with this attributor to the desires
     * of these modules.
     */
    void use(TieParams rule, CauseAttributor attributor, DecisionModule[] modules) {
        this.rule = rule;
        this.lowest = rule.lowestKept();
        for (Level l : TieBook.LEVELS) {
            keptFrom[l.ordinal()] = rule.keptFrom(l);
            keptBelow[l.ordinal()] = rule.keptBelow(l);
        }
        this.attributor = attributor;
        this.modules = modules;
    }

    /** Whether to attribute a cause to each fall (costs a few re-evaluations per fall). */
    void setAttributeCauses(boolean on) {
        attributeCauses = on;
    }

    /** Every pair's tie after this step's desires. */
    void run(int step) {
        stepChanges.clear();
        attributor.newStep();
        int n = ties.size();
        double[][] commitment = ties.commitment;
        // fields read into locals once: the loop below runs for every pair
        double[][] desire = this.desire;
        TieParams rule = this.rule;
        double lowest = this.lowest;
        double[] keptFrom = this.keptFrom;
        double[] keptBelow = this.keptBelow;
        Level[] levels = TieBook.LEVELS;
        boolean consent = rule.bargaining() == TieParams.Bargaining.CONSENT;
        double adjustment = rule.adjustment();
        for (int a = 0; a < n; a++) {
            double[] wantsA = desire[a];
            double[] rowA = commitment[a];
            byte[] levelA = ties.level[a];
            for (int b = a + 1; b < n; b++) {
                double da = wantsA[b];
                double db = desire[b][a];
                double was = rowA[b];
                // TieParams.next written out for consent (the same operations), the rule's fields read once
                double c = consent ? was + adjustment * (Clip.min(da, db) - was) : rule.next(was, da, db);
                int held = levelA[b];
                // levelFor by ordinal, its first tests made here: none below every threshold, else the
                // level held where it is kept and not risen from (most tied pairs, most steps)
                int now = c < lowest ? NONE
                        : c >= keptFrom[held] && c < keptBelow[held] ? held : rule.levelKept(c, levels[held]).ordinal();
                // TieBook.set, written out (this runs for every pair each step)
                rowA[b] = c;
                commitment[b][a] = c;
                if (now != held) {
                    levelA[b] = (byte) now;
                    changed(step, a, b, levels[held], levels[now], da <= db ? a : b);
                }
            }
        }
        if (attributeCauses) {
            snapshots.takeFor(ties, step);
        }
    }

    private void changed(int step, int a, int b, Level old, Level now, int decider) {
        Cause cause = null;
        if (now.ordinal() > old.ordinal()) {
            if (attributeCauses) {
                snapshots.rose(a, b);
            }
        } else {
            int partner = decider == a ? b : a;
            InputSnapshot peak = ties.peak(a, b);
            cause = attributeCauses && peak != null
                    ? attributor.attribute(peak, inputs, regimes, decider, partner, modules[decider])
                    : Cause.OTHER;
        }
        TieChange change = new TieChange(step, a, b, old, now, decider, cause);
        stepChanges.add(change);
        changes.add(change);
    }

    TieBook ties() {
        return ties;
    }

    /** Every change of level so far. */
    List<TieChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** The changes of level in the current step. */
    List<TieChange> stepChanges() {
        return Collections.unmodifiableList(stepChanges);
    }

    @Override
    public void step(SimState state) {
        run(AllianceModel.stepOf(state));
    }
}
