package org.alliancesim.landscape;

/**
 * One of the two blocs of a configuration in Axelrod and Bennett's landscape theory of
 * aggregation (BJPolS 23(2), 1993). The labels carry no meaning beyond "not the other one":
 * results are normalised so that the first actor is always on side {@link #A}.
 */
public enum Side {
    /** The bloc containing the first actor. */
    A,
    /** The other bloc. */
    B;

    /** @return the other side */
    public Side opposite() {
        return this == A ? B : A;
    }
}
