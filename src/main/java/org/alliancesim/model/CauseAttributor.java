package org.alliancesim.model;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.scenario.FactionSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.CounterfactualViews;
import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldInputs;

/**
 * Says why a tie fell, from the model rather than from the scenario's label. The deciding state
 * is the one whose desire capped the tie. For each cause (a group of inputs, see {@link Cause}),
 * its inputs are put back to their values when the tie last rose, everything else kept as it is
 * now, and the deciding state's desire is evaluated again; the cause whose reversal restores the
 * most desire is named. If no reversal restores any, the cause is {@code other} (e.g. noise).
 *
 * <p>Trials read through {@link TrialInputs}, which copies nothing, and are assessed by
 * {@link CounterfactualViews}: the current world once per step for every fall of it, each trial
 * deriving only what its cause puts back, so a trial costs only what the deciding state's desire
 * reads of the reverted inputs. The views' numbers are a fresh on-demand assessment's, bit for bit.
 *
 * <p>When a state's ruling faction changed (the deciding state's, its partner's or a third
 * party's), the inputs the old or new faction sets belong to W5 alone, so that a regime change is
 * not mistaken for the perceptions it brought, nor a partner's new aims for noise.
 */
final class CauseAttributor {
    private static final double MIN_RECOVERY = 1e-9;
    private static final Cause[] CAUSES = Cause.values();
    private final Scenario scenario;
    private final CounterfactualViews views;
    /** An array of factions found equal to the current ones in this step (null: none yet). */
    private String[] regimesAsNow;

    CauseAttributor(Scenario scenario, CounterfactualViews views) {
        this.scenario = scenario;
        this.views = views;
    }

    /** The inputs or the alliances may have moved since the last fall attributed (a new step). */
    void newStep() {
        views.forget();
        regimesAsNow = null;
    }

    /** The cause of the fall of i's desire toward j since {@code then}. */
    Cause attribute(InputSnapshot then, WorldInputs now, String[] regimesNow, int i, int j, DecisionModule module) {
        double base = module.desire(views.base(now), i, j);
        Set<RegimeKey> regimeKeys = regimeKeys(then.regimes(), regimesNow);
        Cause best = Cause.OTHER;
        double bestRecovery = MIN_RECOVERY;
        for (Cause c : CAUSES) {
            if (c == Cause.W5 && regimeKeys.isEmpty() || skipped(c, then.inputs(), now, i, module)) {
                continue;
            }
            TrialInputs trial = new TrialInputs(now, then.inputs(), c, i, j, regimeKeys);
            double recovery = module.desire(views.trial(trial, trial), i, j) - base;
            if (recovery > bestRecovery) {
                bestRecovery = recovery;
                best = c;
            }
        }
        return best;
    }

    /**
     * Whether the trial of {@code c} would evaluate the same world with the same operations as the
     * base, a recovery of exactly zero, so that it is skipped: when every input it puts back is as
     * it was, by the inputs' counts of their writes (power components; distances, reaches and
     * offense; trade) and, for the deciding state i's aims, by identity, or when the module never
     * reads the inputs it puts back (the gains, S2, for a module that says so,
     * {@link DecisionModule#readsGains}). Only the causes that put back nothing but those inputs are
     * judged so ({@code other}: i's reach, offense, trade and aims, which a changed faction's trial
     * alone may put back otherwise, W5's; S2: i's expected and delivered gains, the same).
     */
    static boolean skipped(Cause c, WorldInputs then, WorldInputs now, int i, DecisionModule module) {
        boolean power = then.version(Versioned.POWER) == now.version(Versioned.POWER);
        boolean geometry = then.geometryVersion() == now.geometryVersion();
        return switch (c) {
            case W3, S1 -> power;
            case W6 -> power && geometry;
            case S2 -> !module.readsGains();
            case OTHER -> geometry && then.version(Versioned.TRADE) == now.version(Versioned.TRADE)
                    && then.revisionism(i) == now.revisionism(i);
            default -> false;
        };
    }

    /**
     * The states whose rows of intent, credibility, gains or delivery a trial may read from a
     * snapshot for a regime change: those with a faction that sets any of them ({@link #regimeKeys}
     * names no other row; a faction's aims are a state's revisionism, which every snapshot keeps).
     */
    static boolean[] regimeRows(Scenario scenario) {
        int n = scenario.states().size();
        boolean[] rows = new boolean[n];
        for (int m = 0; m < n; m++) {
            for (FactionSpec f : scenario.states().get(m).factions().values()) {
                rows[m] |= !f.perceives().isEmpty() || !f.credibility().isEmpty() || !f.gains().isEmpty();
            }
        }
        return rows;
    }

    /**
     * The inputs that a faction changed since {@code then} sets (empty when none changed). Snapshots
     * share their array of factions while the factions stand ({@link RiseSnapshots}), so an array
     * found equal to the current factions in this step is remembered and not compared again.
     */
    private Set<RegimeKey> regimeKeys(String[] then, String[] now) {
        if (then == regimesAsNow) {
            return Set.of();
        }
        Set<RegimeKey> keys = Set.of();
        for (int m = 0; m < now.length; m++) {
            if (!Objects.equals(then[m], now[m])) {
                if (keys.isEmpty()) {
                    keys = new HashSet<>();
                }
                keys.addAll(regimeKeys(m, then[m], now[m]));
            }
        }
        if (keys.isEmpty()) {
            regimesAsNow = then;
        }
        return keys;
    }

    /** The inputs of state m that either faction overrides. */
    private Set<RegimeKey> regimeKeys(int m, String before, String after) {
        Set<RegimeKey> keys = new HashSet<>();
        for (String f : new String[] {before, after}) {
            FactionSpec spec = f == null ? null : scenario.states().get(m).factions().get(f);
            if (spec == null) {
                continue;
            }
            spec.perceives().keySet().forEach(id -> keys.add(new RegimeKey(RegimeKey.Kind.INTENT, m, scenario.indexOf(id))));
            spec.credibility().keySet().forEach(id -> keys.add(new RegimeKey(RegimeKey.Kind.CREDIBILITY, m, scenario.indexOf(id))));
            spec.gains().keySet().forEach(id -> keys.add(new RegimeKey(RegimeKey.Kind.GAINS, m, scenario.indexOf(id))));
        }
        keys.add(new RegimeKey(RegimeKey.Kind.REVISIONISM, m, -1));
        return keys;
    }
}
