package org.alliancesim.model;

import java.util.Set;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Inputs;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.Reversion;
import org.alliancesim.world.WorldInputs;

/**
 * The inputs of one attribution trial, without copying anything: every input reads from the
 * current world except those in the trial's cause group, which read from the snapshot taken when
 * the tie last rose (see {@link Cause} for the groups, of deciding state {@code i} with partner
 * {@code j}). Inputs that a changed ruling faction sets belong to W5 alone: in a W5 trial they read
 * from the snapshot, in every other trial from the current world.
 *
 * <p>It says which inputs it reverts ({@link Reversion}) with the very tests its accessors read by,
 * so that a trial's view reuses the current world's derived numbers for everything else.
 */
final class TrialInputs implements Inputs, Reversion {
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

    /** Whether a changed faction sets this input (it then reads from the snapshot in W5 trials only). */
    private boolean regimeKey(RegimeKey.Kind kind, int a, int b) {
        return regimeChanged && regimeKeys.contains(new RegimeKey(kind, a, b));
    }

    /** Whether an input a faction may set, of group rule {@code group}, reads from the snapshot. */
    private boolean reverted(RegimeKey.Kind kind, int a, int b, boolean group) {
        if (regimeKey(kind, a, b)) {
            return cause == Cause.W5;
        }
        return cause != Cause.W5 && group;
    }

    @Override
    public boolean revertsIntent(int a, int b) {
        // W2 is the allies' perception of the outside party (Table 2): the partner's as well as the
        // deciding state's, since balance of threat asks whether the partner shares the threat.
        boolean group = (a == i && ((cause == Cause.W1 && b == j) || (cause == Cause.W2 && b != j)))
                || (cause == Cause.W2 && a == j && b != i);
        return reverted(RegimeKey.Kind.INTENT, a, b, group);
    }

    @Override
    public boolean revertsIntentOf(int a) {
        return switch (cause) {
            case W1 -> a == i;
            case W2 -> a == i || a == j;
            case W5 -> regimeKeys.stream().anyMatch(k -> k.kind() == RegimeKey.Kind.INTENT && k.m() == a);
            default -> false;
        };
    }

    /**
     * W1 puts back the intent i perceives in j and j's offense toward i (entry j of i's row of
     * threats); other than W5, a changed faction's intents only read from the current world (fewer
     * reversions, never more). {@code other} puts back i's reach and offense toward every state
     * (entry i of every other state's row; i's own entry of its row is no threat). W3, W4, S1 and S2
     * put back no intent, reach or offense; W2, W5 and W6 may put back several entries.
     */
    @Override
    public int revertedThreatEntry(int a) {
        return switch (cause) {
            case W1 -> a == i ? j : NO_ENTRY;
            case OTHER -> a != i ? i : NO_ENTRY;
            case W3, W4, S1, S2 -> NO_ENTRY;
            default -> SEVERAL_ENTRIES;
        };
    }

    @Override
    public double intent(int a, int b) {
        return (revertsIntent(a, b) ? then : now).intent(a, b);
    }

    /**
     * The row of {@link #intent}: the snapshot's or the current world's row as the group rule says
     * which cells are put back (W1: i's of j; W2: i's of all but j, j's of all but i), each cell
     * tested when factions changed.
     */
    @Override
    public double[] intentValues(int a, double[] into) {
        if (regimeChanged) {
            return Inputs.super.intentValues(a, into);
        }
        double[] current = now.intentValues(a);
        if (cause == Cause.W1 && a == i) {
            System.arraycopy(current, 0, into, 0, into.length);
            into[j] = then.intentValues(a)[j];
            return into;
        }
        if (cause == Cause.W2 && (a == i || a == j)) {
            int kept = a == i ? j : i; // the one cell of the row read from the current world
            System.arraycopy(then.intentValues(a), 0, into, 0, into.length);
            into[kept] = current[kept];
            return into;
        }
        return current;
    }

    @Override
    public boolean revertsOffense(int k, int m) {
        return switch (cause) {
            case W1 -> k == j && m == i;
            case W6 -> k != i && k != m && !(k == j && m == i);
            case OTHER -> k == i;
            default -> false;
        };
    }

    @Override
    public boolean revertsOffenseToward(int a) {
        return switch (cause) {
            case W1 -> a == i;
            case W6 -> true;
            case OTHER -> a != i;
            default -> false;
        };
    }

    @Override
    public double offense(int k, int m) {
        return (revertsOffense(k, m) ? then : now).offense(k, m);
    }

    @Override
    public boolean revertsComponents() {
        return cause == Cause.W3 || cause == Cause.W6 || cause == Cause.S1;
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
    public boolean revertsReach(int k) {
        return (cause == Cause.W6 && k != i) || (cause == Cause.OTHER && k == i);
    }

    @Override
    public boolean revertsReachBut(int a) {
        return cause == Cause.W6 || (cause == Cause.OTHER && a != i);
    }

    @Override
    public double reach(int k) {
        return (revertsReach(k) ? then : now).reach(k);
    }

    @Override
    public double credibility(int a, int b) {
        return (reverted(RegimeKey.Kind.CREDIBILITY, a, b, cause == Cause.W4 && a == i) ? then : now).credibility(a, b);
    }

    @Override
    public double gain(int a, int b, Channel ch) {
        return (reverted(RegimeKey.Kind.GAINS, a, b, cause == Cause.S2 && a == i) ? then : now).gain(a, b, ch);
    }

    @Override
    public double delivered(int a, int b) {
        return (reverted(RegimeKey.Kind.GAINS, a, b, cause == Cause.S2 && a == i) ? then : now).delivered(a, b);
    }

    @Override
    public double trade(int a, int b) {
        return (cause == Cause.OTHER && a == i ? then : now).trade(a, b);
    }

    @Override
    public Revisionism revisionism(int a) {
        return (reverted(RegimeKey.Kind.REVISIONISM, a, -1, cause == Cause.OTHER && a == i) ? then : now).revisionism(a);
    }

    @Override public int size() { return now.size(); }
    @Override public String id(int a) { return now.id(a); }
    @Override public double distanceKm(int a, int b) { return now.distanceKm(a, b); }
    @Override public int componentCount() { return now.componentCount(); }
    @Override public String componentName(int c) { return now.componentName(c); }
    @Override public int militaryComponent() { return military; }
    @Override public double identity(int a, int b) { return now.identity(a, b); }
}
