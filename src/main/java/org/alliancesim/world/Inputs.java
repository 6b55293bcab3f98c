package org.alliancesim.world;

/**
 * The raw inputs of the world at one step, indexed by state (0..size-1): everything a scenario or
 * an event sets, and nothing derived. A read-only view; {@link WorldInputs} is the mutable store
 * the model updates between steps.
 */
public interface Inputs {

    int size();

    String id(int i);

    /** Capital-to-capital distance in km. */
    double distanceKm(int i, int j);

    /** Number of power components (1 when the scenario gives a ready composite index). */
    int componentCount();

    String componentName(int c);

    /** Index of the {@code military} component, or -1 when power is a composite. */
    int militaryComponent();

    /** Raw value of component c of state i (units as the scenario gives them). */
    double component(int i, int c);

    /** Power-projection reach of i: distances are divided by it in the loss-of-strength gradient. */
    double reach(int i);

    /** Offensive capability of j toward i, in [0,1] (Walt 1987: 24). */
    double offense(int j, int i);

    /** Aggressive intent that i's elites perceive in j, in [0,1] (Walt 1987: 25). */
    double intent(int i, int j);

    /**
     * i's row of perceived intent ({@link #intent}(i, j) at [j]): into {@code into}, or a row of the
     * inputs' own (read it, do not write it, and do not keep it past the step).
     */
    default double[] intentValues(int i, double[] into) {
        for (int j = 0; j < into.length; j++) {
            into[j] = intent(i, j);
        }
        return into;
    }

    /** How far i trusts j to stand by a commitment, in [0,1] (Walt 1997: 163). */
    double credibility(int i, int j);

    /** Gain i expects from aligning with j through a channel, in [0,1] (Schweller 1994). */
    double gain(int i, int j, Channel channel);

    /** Share of expected gains i perceives j to deliver, in [0,1] (1 = as expected). */
    double delivered(int i, int j);

    /** Share of i's foreign trade that is with j, in [0,1] (Keohane and Nye 1977). */
    double trade(int i, int j);

    /** Shared identity of i and j, in [0,1]: the weighted share of identity traits they share. */
    double identity(int i, int j);

    Revisionism revisionism(int i);
}
