package org.alliancesim.decision;

import java.util.List;
import java.util.function.Function;

/** The factory of decision modules by name: the one place that lists every theory. */
public enum Theories {
    BALANCE_OF_THREAT("balance-of-threat", p -> new BalanceOfThreat(p.balanceOfThreat())),
    WALT_BANDWAGONING("walt-bandwagoning", p -> new WaltBandwagoning(p.waltBandwagoning())),
    SCHWELLER_BANDWAGONING("schweller-bandwagoning",
            p -> new SchwellerBandwagoning(p.schweller(), p.interests())),
    BALANCE_OF_POWER("balance-of-power", p -> new BalanceOfPower(p.balanceOfPower())),
    INTERDEPENDENCE("interdependence", p -> new Interdependence(p.interdependence())),
    IDENTITY("identity", p -> new Identity(p.identity())),
    BALANCE_OF_INTERESTS("balance-of-interests", p -> new BalanceOfInterests(p.interests())),
    LANDSCAPE("landscape", p -> new LandscapeModule(p.landscape())),
    /** Balance of threat with the ally's capability counting in full: the other reading of Table 4. */
    BALANCE_OF_THREAT_CAPABLE("balance-of-threat-capable",
            p -> new BalanceOfThreat(p.balanceOfThreat().capable(), "balance-of-threat-capable"));

    private final String label;
    private final Function<TheoryParams, DecisionModule> factory;

    Theories(String label, Function<TheoryParams, DecisionModule> factory) {
        this.label = label;
        this.factory = factory;
    }

    public String label() {
        return label;
    }

    public DecisionModule create(TheoryParams params) {
        return factory.apply(params);
    }

    /** Every theory's name, in declaration order. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(Theories::label).toList();
    }

    /** The theory with this name, or null. */
    public static Theories byName(String name) {
        for (Theories t : values()) {
            if (t.label.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
