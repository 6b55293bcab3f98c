package org.alliancesim.model;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.scenario.FactionSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Inputs;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;

/**
 * Says why a tie fell, from the model rather than from the scenario's label. The deciding state
 * is the one whose desire capped the tie. For each cause (a group of inputs, see {@link Cause}),
 * its inputs are put back to their values when the tie last rose, everything else kept as it is
 * now, and the deciding state's desire is evaluated again; the cause whose reversal restores the
 * most desire is named. If no reversal restores any, the cause is {@code other} (e.g. noise).
 *
 * <p>When a state's ruling faction changed (the deciding state's, its partner's or a third
 * party's), the inputs the old or new faction sets belong to W5 alone, so that a regime change is
 * not mistaken for the perceptions it brought, nor a partner's new aims for noise.
 */
final class CauseAttributor {
    private static final double MIN_RECOVERY = 1e-9;
    private final Scenario scenario;
    private final Function<Inputs, WorldView> assess;
    /** A copy of the current inputs that trials revert and then restore; refreshed once per step. */
    private WorldInputs trial;
    private int trialStep = -1;

    CauseAttributor(Scenario scenario, Function<Inputs, WorldView> assess) {
        this.scenario = scenario;
        this.assess = assess;
    }

    /**
     * The cause of the fall of i's desire toward j since {@code then}; {@code now} must not change
     * within a step. Each trial reverts one group of inputs in a reused copy of {@code now} and
     * restores it afterwards from {@code now}, so a trial costs what its group holds, not a copy
     * of the whole world.
     */
    Cause attribute(InputSnapshot then, WorldInputs now, String[] regimesNow, int step, int i, int j,
                    DecisionModule module) {
        if (trial == null) {
            trial = new WorldInputs(now);
        } else if (trialStep != step) {
            trial.copyFrom(now);
        }
        trialStep = step;
        double base = module.desire(assess.apply(now), i, j);
        Set<Key> regimeKeys = new HashSet<>();
        for (int m = 0; m < regimesNow.length; m++) {
            if (!Objects.equals(then.regimes()[m], regimesNow[m])) {
                regimeKeys.addAll(regimeKeys(m, then.regimes()[m], regimesNow[m]));
            }
        }
        boolean regimeChanged = !regimeKeys.isEmpty();
        Cause best = Cause.OTHER;
        double bestRecovery = MIN_RECOVERY;
        for (Cause c : Cause.values()) {
            if (c == Cause.W5 && !regimeChanged) {
                continue;
            }
            revert(c, then.inputs(), trial, i, j, regimeKeys);
            if (c != Cause.W5) {
                for (Key k : regimeKeys) {
                    k.copy(now, trial);
                }
            }
            double recovery = module.desire(assess.apply(trial), i, j) - base;
            revert(c, now, trial, i, j, regimeKeys);
            if (recovery > bestRecovery) {
                bestRecovery = recovery;
                best = c;
            }
        }
        return best;
    }

    private void revert(Cause c, WorldInputs then, WorldInputs t, int i, int j, Set<Key> regimeKeys) {
        int n = t.size();
        int mil = t.militaryComponent();
        switch (c) {
            case W1 -> {
                t.setIntent(i, j, then.intent(i, j));
                t.setOffense(j, i, then.offense(j, i));
            }
            case W2 -> {
                for (int k = 0; k < n; k++) {
                    if (k != i && k != j) {
                        t.setIntent(i, k, then.intent(i, k));
                    }
                }
            }
            case W3 -> {
                if (mil >= 0) {
                    t.setComponent(i, mil, then.component(i, mil));
                }
            }
            case W4 -> {
                for (int k = 0; k < n; k++) {
                    t.setCredibility(i, k, then.credibility(i, k));
                }
            }
            case W5 -> {
                for (Key k : regimeKeys) {
                    k.copy(then, t);
                }
            }
            case W6 -> {
                for (int k = 0; k < n; k++) {
                    if (k == i) {
                        continue;
                    }
                    for (int c2 = 0; c2 < t.componentCount(); c2++) {
                        t.setComponent(k, c2, then.component(k, c2));
                    }
                    t.setReach(k, then.reach(k));
                    // k's offense toward every state, but toward itself (unused) and, for the
                    // partner, toward i (that cell is W1's): a row copy, those two cells kept.
                    double self = t.offense(k, k);
                    double towardI = t.offense(k, i);
                    t.copyOffenseRow(then, k);
                    t.setOffense(k, k, self);
                    if (k == j) {
                        t.setOffense(k, i, towardI);
                    }
                }
            }
            case S1 -> {
                for (int c2 = 0; c2 < t.componentCount(); c2++) {
                    if (c2 != mil) {
                        t.setComponent(i, c2, then.component(i, c2));
                    }
                }
            }
            case S2 -> {
                for (int k = 0; k < n; k++) {
                    for (Channel ch : Channel.values()) {
                        t.setGain(i, k, ch, then.gain(i, k, ch));
                    }
                    t.setDelivered(i, k, then.delivered(i, k));
                }
            }
            case OTHER -> {
                for (int k = 0; k < n; k++) {
                    t.setTrade(i, k, then.trade(i, k));
                    t.setOffense(i, k, then.offense(i, k));
                }
                t.setReach(i, then.reach(i));
                t.setRevisionism(i, then.revisionism(i));
            }
            default -> throw new IllegalStateException(c.toString());
        }
    }

    /** The inputs of state m that either faction overrides. */
    private Set<Key> regimeKeys(int m, String before, String after) {
        Set<Key> keys = new HashSet<>();
        for (String f : new String[] {before, after}) {
            FactionSpec spec = f == null ? null : scenario.states().get(m).factions().get(f);
            if (spec == null) {
                continue;
            }
            spec.perceives().keySet().forEach(id -> keys.add(new Key(Kind.INTENT, m, scenario.indexOf(id))));
            spec.credibility().keySet().forEach(id -> keys.add(new Key(Kind.CREDIBILITY, m, scenario.indexOf(id))));
            spec.gains().keySet().forEach(id -> keys.add(new Key(Kind.GAINS, m, scenario.indexOf(id))));
        }
        keys.add(new Key(Kind.REVISIONISM, m, -1));
        return keys;
    }

    private enum Kind { INTENT, CREDIBILITY, GAINS, REVISIONISM }

    /** One input of state m toward another state k (or of m alone). */
    private record Key(Kind kind, int m, int k) {
        void copy(WorldInputs from, WorldInputs to) {
            switch (kind) {
                case INTENT -> to.setIntent(m, k, from.intent(m, k));
                case CREDIBILITY -> to.setCredibility(m, k, from.credibility(m, k));
                case GAINS -> {
                    for (Channel ch : Channel.values()) {
                        to.setGain(m, k, ch, from.gain(m, k, ch));
                    }
                    to.setDelivered(m, k, from.delivered(m, k));
                }
                case REVISIONISM -> to.setRevisionism(m, from.revisionism(m));
                default -> throw new IllegalStateException(kind.toString());
            }
        }
    }
}
