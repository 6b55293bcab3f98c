package org.alliancesim.model;

import java.util.Set;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Inputs;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.WorldInputs;

/**
 * The inputs of one attribution trial, without copying anything: every input reads from the
 * current world except those in the trial's cause group, which read from the snapshot taken when
 * the tie last rose (see {@link Cause} for the groups, of deciding state {@code i} with partner
 * {@code j}). Inputs that a changed ruling faction sets belong to W5 alone: in a W5 trial they read
 * from the snapshot, in every other trial from the current world.
 */
final class TrialInputs implements Inputs {
    private final WorldInputs now;
    private final WorldInputs then;
    private final Cause cause;
    private final int i;
    private final int j;
    private final int military;
    private final Set<RegimeKey> regimeKeys;
    private final boolean regimeChanged;

    TrialInputs(WorldInputs now, WorldInputs then, Cause cause, int i, int j, Set<RegimeKey> regimeKeys) {
        this.now = now;
        this.then = then;
        this.cause = cause;
        this.i = i;
        this.j = j;
        this.military = now.militaryComponent();
        this.regimeKeys = regimeKeys;
        this.regimeChanged = !regimeKeys.isEmpty();
    }

    /** For an input a faction may set: its source when it is one, or null to apply the group rules. */
    private WorldInputs regimeSource(RegimeKey.Kind kind, int a, int b) {
        if (regimeChanged && regimeKeys.contains(new RegimeKey(kind, a, b))) {
            return cause == Cause.W5 ? then : now;
        }
        return cause == Cause.W5 ? now : null;
    }

    @Override
    public double intent(int a, int b) {
        WorldInputs r = regimeSource(RegimeKey.Kind.INTENT, a, b);
        if (r != null) {
            return r.intent(a, b);
        }
        // W2 is the allies' perception of the outside party (Table 2): the partner's as well as the
        // deciding state's, since balance of threat asks whether the partner shares the threat.
        boolean reverted = (a == i && ((cause == Cause.W1 && b == j) || (cause == Cause.W2 && b != j)))
                || (cause == Cause.W2 && a == j && b != i);
        return (reverted ? then : now).intent(a, b);
    }

    @Override
    public double offense(int k, int m) {
        boolean reverted = switch (cause) {
            case W1 -> k == j && m == i;
            case W6 -> k != i && k != m && !(k == j && m == i);
            case OTHER -> k == i;
            default -> false;
        };
        return (reverted ? then : now).offense(k, m);
    }

    @Override
    public double component(int k, int c) {
        boolean reverted = switch (cause) {
            case W3 -> k == i && c == military;
            case W6 -> k != i;
            case S1 -> k == i && c != military;
            default -> false;
        };
        return (reverted ? then : now).component(k, c);
    }

    @Override
    public double reach(int k) {
        boolean reverted = (cause == Cause.W6 && k != i) || (cause == Cause.OTHER && k == i);
        return (reverted ? then : now).reach(k);
    }

    @Override
    public double credibility(int a, int b) {
        WorldInputs r = regimeSource(RegimeKey.Kind.CREDIBILITY, a, b);
        if (r != null) {
            return r.credibility(a, b);
        }
        return (cause == Cause.W4 && a == i ? then : now).credibility(a, b);
    }

    @Override
    public double gain(int a, int b, Channel ch) {
        WorldInputs r = regimeSource(RegimeKey.Kind.GAINS, a, b);
        if (r != null) {
            return r.gain(a, b, ch);
        }
        return (cause == Cause.S2 && a == i ? then : now).gain(a, b, ch);
    }

    @Override
    public double delivered(int a, int b) {
        WorldInputs r = regimeSource(RegimeKey.Kind.GAINS, a, b);
        if (r != null) {
            return r.delivered(a, b);
        }
        return (cause == Cause.S2 && a == i ? then : now).delivered(a, b);
    }

    @Override
    public double trade(int a, int b) {
        return (cause == Cause.OTHER && a == i ? then : now).trade(a, b);
    }

    @Override
    public Revisionism revisionism(int a) {
        WorldInputs r = regimeSource(RegimeKey.Kind.REVISIONISM, a, -1);
        if (r != null) {
            return r.revisionism(a);
        }
        return (cause == Cause.OTHER && a == i ? then : now).revisionism(a);
    }

    @Override public int size() { return now.size(); }
    @Override public String id(int a) { return now.id(a); }
    @Override public double distanceKm(int a, int b) { return now.distanceKm(a, b); }
    @Override public int componentCount() { return now.componentCount(); }
    @Override public String componentName(int c) { return now.componentName(c); }
    @Override public int militaryComponent() { return military; }
    @Override public double identity(int a, int b) { return now.identity(a, b); }
}
