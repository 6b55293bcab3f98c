package org.alliancesim.scenario;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * An uncertain input: a number a scenario gives as a distribution ({@code {dist: beta, mean: 0.9,
 * sd: 0.05}}) instead of a value. Each run draws it once, at the start, by inverse transform of a
 * uniform number from the run's seeded stream (one uniform per distribution, so a draw depends on
 * the seed and the distribution's place in the file only). The shapes are Commons Math 3.6.1's:
 * <ul>
 *   <li>{@code normal} (mean, sd): unbounded, for fields without bounds;</li>
 *   <li>{@code truncnormal} (mean, sd, min, max): a normal kept to [min, max] by inverse CDF
 *       over the truncated range (Robert 1995 discusses sampling the truncated normal);</li>
 *   <li>{@code beta} (mean, sd): for shares and perceptions in (0, 1), parameterised by moments:
 *       alpha = m(m(1-m)/sd^2 - 1), beta = (1-m)(m(1-m)/sd^2 - 1), which needs sd^2 &lt; m(1-m);</li>
 *   <li>{@code uniform} (min, max) and {@code triangular} (min, mode, max): for expert ranges
 *       (the triangular is the usual three-point estimate).</li>
 * </ul>
 * {@code round: true} rounds draws to whole numbers (event steps and ramps are always rounded).
 */
public final class Distribution {
    /** The shapes a scenario may name. */
    public static final List<String> KINDS = List.of("normal", "truncnormal", "beta", "uniform", "triangular");
    private final String kind;
    private final RealDistribution dist;
    private final double lo;
    private final double hi;
    private final boolean round;

    Distribution(String kind, RealDistribution dist, double lo, double hi, boolean round) {
        this.kind = kind;
        this.dist = dist;
        this.lo = lo;
        this.hi = hi;
        this.round = round;
    }

    static Distribution normal(double mean, double sd, boolean round) {
        return new Distribution("normal", new NormalDistribution(null, mean, sd), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, round);
    }

    static Distribution truncatedNormal(double mean, double sd, double min, double max, boolean round) {
        return new Distribution("truncnormal", new NormalDistribution(null, mean, sd), min, max, round);
    }

    static Distribution beta(double mean, double sd, boolean round) {
        double k = mean * (1 - mean) / (sd * sd) - 1;
        return new Distribution("beta", new BetaDistribution(null, mean * k, (1 - mean) * k), 0, 1, round);
    }

    static Distribution uniform(double min, double max, boolean round) {
        return new Distribution("uniform", new UniformRealDistribution(null, min, max), min, max, round);
    }

    static Distribution triangular(double min, double mode, double max, boolean round) {
        return new Distribution("triangular", new TriangularDistribution(null, min, mode, max), min, max, round);
    }

    public String kind() {
        return kind;
    }

    /** The value at cumulative probability {@code u} in [0, 1] (0 and 1 give the support's ends). */
    public double quantile(double u) {
        double v;
        if (kind.equals("truncnormal")) {
            double a = dist.cumulativeProbability(lo);
            double b = dist.cumulativeProbability(hi);
            v = Math.min(hi, Math.max(lo, dist.inverseCumulativeProbability(a + u * (b - a))));
        } else if (u <= 0) {
            v = lo == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : dist.getSupportLowerBound();
        } else if (u >= 1) {
            v = hi == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : dist.getSupportUpperBound();
        } else {
            v = dist.inverseCumulativeProbability(u);
        }
        return round ? Math.rint(v) : v;
    }

    /** Whether draws are rounded to whole numbers. */
    public boolean rounds() {
        return round;
    }
}
