package org.alliancesim.world;

import java.util.Arrays;

/**
 * What the ties of the previous step add to each state this step ({@link AllianceParams}): the
 * power of its bloc, the military capability of its bloc, the credible allied support that reaches
 * it, and the capability of the states that fear it (the coalition available against it). One
 * pass over the pairs, O(N^2); every pairwise question after that is O(1).
 */
public final class AllianceState {
    private final int n;
    private final AllianceParams params;
    /** The commitments as they stood when the step began (a copy: the ties move during the step). */
    private final double[][] c;
    private final double[] blocPower;
    private final double[] blocMilitary;
    private final double[] support;
    private final double[] balancers;
    /** Each partner's part in each state's support, at [i][j] ({@link #contribution}); made by the first {@link #computeBlocsAndSupport}. */
    private double[][] contribution;
    /**
     * What {@link #balancers} are summed from (the step's military capability and threat, as
     * {@link #computeBlocsAndSupport} was given them), and whether they were summed since: few modules read
     * them, so they are summed on the first read of the step.
     */
    private double[] militaryRead;
    private double[][] threatRead;
    private boolean balancersSummed = true;
    /** i's credibility when the inputs are not the store ({@link #credibilityRow}). */
    private double[] credibilityScratch;

    AllianceState(int n, AllianceParams params) {
        this.n = n;
        this.params = params;
        this.c = new double[n][n];
        this.blocPower = new double[n];
        this.blocMilitary = new double[n];
        this.support = new double[n];
        this.balancers = new double[n];
    }

    public AllianceParams params() {
        return params;
    }

    /** Copies the ties (symmetric, as {@link Commitments} are), a row at a time. */
    void setTies(Commitments ties) {
        for (int i = 0; i < n; i++) {
            double[] row = c[i];
            if (ties == null) {
                Arrays.fill(row, 0);
                continue;
            }
            ties.copyRow(i, row);
            row[i] = 0;
        }
    }

    /**
     * Bloc power and bloc military of every state (from power and military only), and allied
     * support, from the view's inputs (credibility), military capability and projection of force
     * ({@code projT[i][j]}: j's on i), in one pass over the ties (each sum in the order of its own
     * pass); and the available balancers, from military capability and threat, which the caller
     * keeps as they are for the step (they are summed when first read, so {@code threat} may be
     * filled after this).
     */
    void computeBlocsAndSupport(double[] power, double[] military, Inputs in, double[][] projT, double[][] threat) {
        if (contribution == null) {
            contribution = new double[n][n];
        }
        militaryRead = military;
        threatRead = threat;
        balancersSummed = false;
        int n = this.n;
        for (int i = 0; i < n; i++) {
            double p = 0;
            double m = 0;
            double s = 0;
            double[] cRow = c[i];
            double[] pRow = projT[i];
            double[] parts = contribution[i];
            double[] credibility = credibilityRow(in, i);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double cij = cRow[j];
                double part = 0;
                if (cij > 0) {
                    p += cij * power[j];
                    m += cij * military[j];
                    part = cij * credibility[j] * military[j] * pRow[j];
                    s += part;
                }
                parts[j] = part;
            }
            blocPower[i] = p;
            blocMilitary[i] = m;
            support[i] = s;
        }
    }

    /**
     * i's row of credibility: the store's own, or read into a scratch row before the pass (which
     * then makes no call: C1 saves every register around one, even one not taken).
     */
    private double[] credibilityRow(Inputs in, int i) {
        if (in instanceof WorldInputs w) {
            return w.credibilityValues(i);
        }
        if (credibilityScratch == null) {
            credibilityScratch = new double[n];
        }
        for (int j = 0; j < n; j++) {
            credibilityScratch[j] = j == i ? 0 : in.credibility(i, j);
        }
        return credibilityScratch;
    }

    /** {@code balancers[j] = sum over i != j of military[i] * threat[i][j]}, i in order, a row of threat at a time. */
    private void sumBalancers() {
        Arrays.fill(balancers, 0);
        for (int i = 0; i < n; i++) {
            double mi = militaryRead[i];
            double[] tRow = threatRead[i];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    balancers[j] += mi * tRow[j];
                }
            }
        }
        balancersSummed = true;
    }

    /**
     * Partner j's part in i's support as {@link #computeBlocsAndSupport} took it (0 for no tie, and at
     * i == j): {@link WorldView#contribution} on the same numbers. Only after a computeBlocsAndSupport.
     */
    double contribution(int i, int j) {
        return contribution[i][j];
    }

    /** Every partner's part in i's support ({@link #contribution}(i, j) at [j]): read it, do not write it. */
    double[] contributions(int i) {
        return contribution[i];
    }

    public double commitment(int i, int j) {
        return c[i][j];
    }

    /** i's row of commitments as the step began (read it, do not write it). */
    double[] commitments(int i) {
        return c[i];
    }

    /** Every state's bloc power (read it, do not write it; see {@link #blocPowerFromRow}). */
    double[] blocPowers() {
        return blocPower;
    }

    /** Power of j's committed allies, leaving out {@code except} (-1 for none). */
    public double blocPower(int j, int except, double powerOfExcept) {
        return except < 0 ? blocPower[j] : blocPower[j] - commitment(j, except) * powerOfExcept;
    }

    /**
     * {@link #blocPower} and {@link #blocMilitary} read {@code except}'s commitment to j from j's row;
     * the ties are symmetric, so reading it from {@code except}'s row gives the same number and walks
     * memory along a row when {@code except} is fixed and j varies.
     */
    double blocPowerFromRow(int j, int except, double powerOfExcept) {
        return blocPower[j] - c[except][j] * powerOfExcept;
    }

    double blocMilitaryFromRow(int j, int except, double militaryOfExcept) {
        return blocMilitary[j] - c[except][j] * militaryOfExcept;
    }

    /** Military capability of j's committed allies, leaving out {@code except} (-1 for none). */
    public double blocMilitary(int j, int except, double militaryOfExcept) {
        return except < 0 ? blocMilitary[j] : blocMilitary[j] - commitment(j, except) * militaryOfExcept;
    }

    /** Credible allied military capability that reaches i. */
    public double support(int i) {
        return support[i];
    }

    /** Military capability of all states weighted by the threat each perceives from j. */
    public double balancers(int j) {
        if (!balancersSummed) {
            sumBalancers();
        }
        return balancers[j];
    }
}
