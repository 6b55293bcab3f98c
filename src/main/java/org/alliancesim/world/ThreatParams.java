package org.alliancesim.world;

import org.alliancesim.param.Range;

/**
 * How Walt's four sources of threat combine (scenario key {@code parameters.threat}).
 *
 * <p>Threat of j as perceived by i: {@code T_ij = I_ij^intentExponent * M_ji}, where the material
 * threat {@code M_ji} is the weighted mean of three material sources, each in [0,1]: j's aggregate
 * power relative to i's, {@code P_j / (P_i + P_j)}; proximity, the loss-of-strength gradient over
 * the capital distance; and j's offensive capability toward i (Walt 1987: 22-25). Perceived
 * aggressive intent {@code I_ij} multiplies the material threat: "states that are viewed as
 * aggressive are likely to provoke others to balance against them" (Walt 1987: 25), and docs/theory.md
 * Table 1 requires zero perceived intent to give zero threat however large the material sources.
 *
 * @param power weight of relative aggregate power in the material threat (Walt 1987: 22)
 * @param proximity weight of geographic proximity (Walt 1987: 23; Boulding 1962)
 * @param offense weight of offensive capability (Walt 1987: 24)
 * <p>Two forms of the material threat, switchable: {@code additive} (the weighted mean above: any
 * one source alone makes some threat) and {@code contest}, a ratio-form contest success function
 * (Hirshleifer 1989, Public Choice 63): the force j can bring to bear on i, its power times the
 * gradient times its offensive capability, against i's own power,
 * {@code M_ji = F^m/(F^m + P_i^m)} with {@code F = P_j * strength_ji * offense_ji} and decisiveness
 * {@code m}. Under the contest form the sources are complements: a distant or purely defensive
 * giant threatens no one. The weights are not read by the contest form.
 *
 * @param power weight of relative aggregate power in the material threat (Walt 1987: 22)
 * @param proximity weight of geographic proximity (Walt 1987: 23; Boulding 1962)
 * @param offense weight of offensive capability (Walt 1987: 24)
 * @param intentExponent exponent on perceived intent; 1 is linear, above 1 discounts mild
 *     suspicion more than open hostility
 * @param form {@code additive} (weighted mean of the sources) or {@code contest} (Hirshleifer)
 * @param decisiveness the contest form's exponent {@code m}: 1 is the ratio form, larger values make
 *     a small edge in force decisive
 */
public record ThreatParams(
        @Range(min = 0, max = 10) double power,
        @Range(min = 0, max = 10) double proximity,
        @Range(min = 0, max = 10) double offense,
        @Range(min = 0.1, max = 5) double intentExponent,
        Form form,
        @Range(min = 0.1, max = 10) double decisiveness) {

    public static final ThreatParams DEFAULTS = new ThreatParams(1, 1, 1, 1, Form.ADDITIVE, 1);

    /** How the material sources of threat combine. */
    public enum Form { ADDITIVE, CONTEST }

    /** The same weights with the additive form (for tests and older call sites). */
    public ThreatParams(double power, double proximity, double offense, double intentExponent) {
        this(power, proximity, offense, intentExponent, Form.ADDITIVE, 1);
    }

    /** Sum of the three weights; zero weights everywhere make the material threat zero. */
    public double weightSum() {
        return power + proximity + offense;
    }
}
