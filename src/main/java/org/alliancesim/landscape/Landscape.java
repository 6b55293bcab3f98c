package org.alliancesim.landscape;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input of Axelrod and Bennett's landscape theory of aggregation (BJPolS 23(2), 1993):
 * named actors with sizes {@code s_i >= 0} and a symmetric matrix of pairwise propensities
 * {@code p_ij} (positive: they want to be on the same side; negative: on opposite sides).
 * The diagonal {@code p_ii} is ignored. Immutable.
 *
 * <p><b>Frustration</b> of actor {@code i} in configuration {@code X}, as defined by Axelrod and
 * Bennett: {@code F_i(X) = sum over j != i on the other side of s_j * p_ij}. It is negative
 * when the actor is apart from those it dislikes and positive when apart from those it likes.
 *
 * <p><b>Energy</b> of {@code X}: {@code E(X) = sum over unordered pairs {i, j} on opposite sides
 * of s_i * s_j * p_ij}. The paper writes {@code E(X) = sum_i s_i F_i(X)}, a double sum over
 * ordered pairs that counts every pair twice; our energy is exactly half of it, which changes
 * no minimum, ranking or basin. Because {@code p} is symmetric, an actor switching sides
 * changes the energy by {@code s_i} times the change in its own frustration, so myopic actors
 * reducing their frustration walk downhill in energy (the paper's footnote 2).
 */
public final class Landscape {

    /**
     * Largest size accepted. With {@link #MAX_PROPENSITY} it keeps every pair weight, and every
     * sum of them, far from overflow (at most {@code 1e45} per pair), so energies, gains and the
     * tolerance are finite numbers.
     */
    public static final double MAX_SIZE = 1e15;

    /** Largest absolute propensity accepted; see {@link #MAX_SIZE}. */
    public static final double MAX_PROPENSITY = 1e15;

    private final List<String> names;
    private final double[] sizes;
    private final double[][] propensities;
    /** {@code s_i * s_j * p_ij} row-major, zero on the diagonal; shared within the package. */
    private final double[] weights;
    private final double tolerance;

    /**
     * @param names        distinct, non-blank actor names
     * @param sizes        one size per actor, {@code 0 <= s_i <= }{@value #MAX_SIZE}
     * @param propensities square symmetric matrix of values with {@code |p_ij| <= }{@value #MAX_PROPENSITY}
     *                     (diagonal ignored)
     * @throws IllegalArgumentException if any of the above does not hold
     */
    public Landscape(List<String> names, double[] sizes, double[][] propensities) {
        int n = names.size();
        if (n == 0) {
            throw new IllegalArgumentException("a landscape needs at least one actor");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || !seen.add(name)) {
                throw new IllegalArgumentException("actor names must be distinct and non-blank: " + names);
            }
        }
        if (sizes.length != n || propensities.length != n) {
            throw new IllegalArgumentException("need " + n + " sizes and " + n + " propensity rows");
        }
        this.names = List.copyOf(names);
        this.sizes = sizes.clone();
        this.propensities = new double[n][];
        for (int i = 0; i < n; i++) {
            if (!(sizes[i] >= 0 && sizes[i] <= MAX_SIZE)) {
                throw new IllegalArgumentException("size of " + names.get(i) + " must be 0 to " + MAX_SIZE + ": "
                        + sizes[i]);
            }
            if (propensities[i].length != n) {
                throw new IllegalArgumentException("propensity row " + names.get(i) + " must have " + n + " values");
            }
            this.propensities[i] = propensities[i].clone();
            this.propensities[i][i] = 0.0;
        }
        this.weights = new double[n * n];
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double p = propensities[i][j];
                if (!(Math.abs(p) <= MAX_PROPENSITY) || p != propensities[j][i]) {
                    throw new IllegalArgumentException("propensity " + names.get(i) + "/" + names.get(j)
                            + " must be -" + MAX_PROPENSITY + " to " + MAX_PROPENSITY + " and symmetric: " + p
                            + " vs " + propensities[j][i]);
                }
                weights[i * n + j] = sizes[i] * sizes[j] * p;
                total += j > i ? Math.abs(weights[i * n + j]) : 0.0;
            }
        }
        this.tolerance = 1e-9 * total;
    }

    /** @return number of actors N */
    public int actorCount() {
        return names.size();
    }

    /** @return actor names in input order */
    public List<String> names() {
        return names;
    }

    /**
     * @param i actor index
     * @return name of actor {@code i}
     */
    public String name(int i) {
        return names.get(i);
    }

    /**
     * @param i actor index
     * @return size {@code s_i}
     */
    public double size(int i) {
        return sizes[i];
    }

    /**
     * @param i one actor
     * @param j another actor
     * @return propensity {@code p_ij}; 0 when {@code i == j}
     */
    public double propensity(int i, int j) {
        return propensities[i][j];
    }

    /**
     * @param i one actor
     * @param j another actor
     * @return pair weight {@code s_i * s_j * p_ij}; 0 when {@code i == j}
     */
    public double weight(int i, int j) {
        return weights[i * names.size() + j];
    }

    /**
     * Energy differences smaller than this are treated as zero, so that floating-point noise
     * neither creates nor destroys a local minimum: {@code 1e-9 * sum over pairs |s_i s_j p_ij|}.
     * An actor "strictly lowers" the energy only by more than this amount; two moves whose
     * energy drops differ by no more than this are a tie.
     *
     * @return the tolerance, {@code >= 0}
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * @param x a configuration of this landscape's actors
     * @return energy: sum over pairs on opposite sides of {@code s_i s_j p_ij}
     */
    public double energy(Configuration x) {
        checkSize(x);
        int n = actorCount();
        double e = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x.apart(i, j)) {
                    e += weights[i * n + j];
                }
            }
        }
        return e;
    }

    /**
     * @param x a configuration of this landscape's actors
     * @param i actor index
     * @return frustration of actor {@code i}: sum over {@code j} on the other side of {@code s_j p_ij}
     */
    public double frustration(Configuration x, int i) {
        checkSize(x);
        double f = 0.0;
        for (int j = 0; j < actorCount(); j++) {
            if (j != i && x.apart(i, j)) {
                f += sizes[j] * propensities[i][j];
            }
        }
        return f;
    }

    /**
     * @param x a configuration of this landscape's actors
     * @return frustration of every actor, in actor order
     */
    public double[] frustrations(Configuration x) {
        double[] f = new double[actorCount()];
        for (int i = 0; i < f.length; i++) {
            f[i] = frustration(x, i);
        }
        return f;
    }

    /** The weight matrix itself (not a copy), row-major; callers in this package must not modify it. */
    double[] weightsRowMajor() {
        return weights;
    }

    private void checkSize(Configuration x) {
        if (x.actorCount() != actorCount()) {
            throw new IllegalArgumentException("configuration has " + x.actorCount()
                    + " actors, landscape has " + actorCount());
        }
    }
}
