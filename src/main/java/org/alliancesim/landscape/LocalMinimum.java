package org.alliancesim.landscape;

/**
 * One stable alignment found by the landscape analysis of Axelrod and Bennett (BJPolS 23(2),
 * 1993): a configuration from which no single actor can strictly lower the energy by switching
 * sides, with its energy, the share of configurations (or random starts) whose steepest descent
 * ends in it, and every actor's frustration in it. Immutable.
 */
public final class LocalMinimum {

    private final int rank;
    private final Configuration configuration;
    private final double energy;
    private final long basinCount;
    private final double basin;
    private final double[] frustration;

    LocalMinimum(int rank, Configuration configuration, double energy, long basinCount, double basin,
                 double[] frustration) {
        this.rank = rank;
        this.configuration = configuration;
        this.energy = energy;
        this.basinCount = basinCount;
        this.basin = basin;
        this.frustration = frustration.clone();
    }

    /** @return 1 for the lowest energy, 2 for the next, ... */
    public int rank() {
        return rank;
    }

    /** @return the alignment, actor 0 on side A */
    public Configuration configuration() {
        return configuration;
    }

    /**
     * @param i actor index
     * @return side of actor {@code i}
     */
    public Side side(int i) {
        return configuration.side(i);
    }

    /** @return energy: sum over pairs on opposite sides of {@code s_i s_j p_ij} */
    public double energy() {
        return energy;
    }

    /** @return number of configurations (exact) or random starts (descent) that end here */
    public long basinCount() {
        return basinCount;
    }

    /** @return basin share in [0, 1]: {@code basinCount} divided by configurations or starts */
    public double basin() {
        return basin;
    }

    /**
     * @param i actor index
     * @return frustration of actor {@code i} in this configuration
     */
    public double frustration(int i) {
        return frustration[i];
    }

    /** @return a copy of every actor's frustration */
    public double[] frustrations() {
        return frustration.clone();
    }

    @Override
    public String toString() {
        return "#" + rank + " " + configuration + " E=" + energy + " basin=" + basin;
    }
}
