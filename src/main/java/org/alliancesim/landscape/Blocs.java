package org.alliancesim.landscape;

/**
 * The two blocs of a simulation run, moving by Axelrod and Bennett's dynamics (BJPolS 23(2),
 * 1993): at each move the single state whose switch of side lowers the energy the most switches
 * (steepest descent; ties, within {@link Landscape#tolerance()}, go to the lowest index). Because
 * propensities are symmetric, that state's own frustration falls by the same move, so this is the
 * myopic, frustration-reducing actor of the paper. When no switch lowers the energy the blocs
 * rest in a local minimum until the landscape itself changes.
 *
 * <p>The sides persist between steps; the landscape may differ at every step (the model derives
 * it from the world, see {@link Propensities}). Mutable model state, not thread-safe; a run owns
 * one instance.
 */
public final class Blocs {

    /** Branch-and-bound nodes spent on a {@link BlocStart#GLOBAL_MINIMUM} start above 25 states (well under a second). */
    static final long START_NODES = 5_000_000L;

    private final boolean[] onB;

    private Blocs(boolean[] onB) {
        this.onB = onB;
    }

    /**
     * @param landscape the first step's landscape
     * @param start     where the blocs begin
     * @return the blocs in their starting configuration
     */
    public static Blocs start(Landscape landscape, BlocStart start) {
        int n = landscape.actorCount();
        Blocs b = new Blocs(new boolean[n]);
        if (start == BlocStart.GLOBAL_MINIMUM) {
            if (n <= ExactEnumerator.MAX_ACTORS) {
                boolean[] min = new ExactEnumerator().enumerate(landscape).globalMinimum().configuration().onB();
                System.arraycopy(min, 0, b.onB, 0, n);
            } else {
                // proven within the budget on the landscapes of a few dozen states; beyond it, the
                // best split found, walked down to a local minimum
                boolean[] best = new BranchAndBound(START_NODES).solve(landscape).configuration().onB();
                System.arraycopy(best, 0, b.onB, 0, n);
                b.advance(landscape, Integer.MAX_VALUE);
            }
        }
        return b;
    }

    /**
     * Makes up to {@code maxSwitches} single frustration-reducing switches on this landscape,
     * each the steepest available, stopping early at a local minimum.
     *
     * @param landscape   the current landscape, with as many actors as the blocs
     * @param maxSwitches the most switches to make
     * @return the states that switched, in order (empty at a local minimum)
     */
    public int[] advance(Landscape landscape, int maxSwitches) {
        if (landscape.actorCount() != onB.length) {
            throw new IllegalArgumentException("landscape has " + landscape.actorCount()
                    + " actors, blocs have " + onB.length);
        }
        SwitchGains gains = new SwitchGains(landscape, onB);
        int[] moved = new int[Math.min(maxSwitches, 16)];
        int count = 0;
        while (count < maxSwitches) {
            int k = gains.steepestMove(landscape.tolerance());
            if (k < 0) {
                break;
            }
            gains.flip(k);
            onB[k] = !onB[k];
            if (count == moved.length) {
                moved = java.util.Arrays.copyOf(moved, count * 2);
            }
            moved[count++] = k;
        }
        return java.util.Arrays.copyOf(moved, count);
    }

    /** @return number of states */
    public int size() {
        return onB.length;
    }

    /**
     * @param i a state
     * @return its bloc, 0 or 1, labelled so that state 0 is always in bloc 0
     */
    public int bloc(int i) {
        return onB[i] == onB[0] ? 0 : 1;
    }

    /** @return every state's bloc, as {@link #bloc(int)} */
    public int[] sides() {
        int[] s = new int[onB.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = bloc(i);
        }
        return s;
    }

    /** @return the current configuration (normalised, state 0 on side A) */
    public Configuration configuration() {
        return Configuration.of(onB);
    }
}
