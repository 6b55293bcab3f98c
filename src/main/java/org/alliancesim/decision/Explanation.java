package org.alliancesim.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A desire and the factors behind it, in the order the module computed them. */
public record Explanation(double desire, List<Factor> factors) {

    /** One named factor. */
    public record Factor(String name, double value) {
    }

    public Explanation {
        factors = List.copyOf(factors);
    }

    /** A {@link Factors} sink that collects into a list. */
    static final class Collector implements Factors {
        private final List<Factor> factors = new ArrayList<>();

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public void put(String name, double value) {
            factors.add(new Factor(name, value));
        }

        List<Factor> factors() {
            return Collections.unmodifiableList(factors);
        }
    }
}
