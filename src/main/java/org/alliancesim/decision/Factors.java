package org.alliancesim.decision;

/**
 * Where a decision module writes the factors behind a desire, so the GUI and the outputs can say
 * why. {@link #NONE} discards them: the per-step hot path passes it and pays nothing.
 */
public interface Factors {

    Factors NONE = new Factors() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void put(String name, double value) {
        }
    };

    /** Whether anything listens: modules skip building labels when it does not. */
    boolean enabled();

    /** Records one factor (a number in [0,1] unless its name says otherwise). */
    void put(String name, double value);
}
