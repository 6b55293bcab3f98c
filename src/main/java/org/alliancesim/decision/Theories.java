package org.alliancesim.decision;

import java.util.List;
import java.util.function.Function;
import org.alliancesim.param.Labels;

/** The factory of decision modules by name: the one place that lists every theory. */
public enum Theories {
    BALANCE_OF_THREAT(p -> new BalanceOfThreat(p.balanceOfThreat())),
    WALT_BANDWAGONING(p -> new WaltBandwagoning(p.waltBandwagoning())),
    SCHWELLER_BANDWAGONING(p -> new SchwellerBandwagoning(p.schweller(), p.interests())),
    BALANCE_OF_POWER(p -> new BalanceOfPower(p.balanceOfPower())),
    INTERDEPENDENCE(p -> new Interdependence(p.interdependence())),
    IDENTITY(p -> new Identity(p.identity())),
    BALANCE_OF_INTERESTS(p -> new BalanceOfInterests(p.interests())),
    LANDSCAPE(p -> new LandscapeModule(p.landscape())),
    /** Balance of threat with the ally's capability counting in full: the other reading of Table 4. */
    BALANCE_OF_THREAT_CAPABLE(p -> new BalanceOfThreat(p.balanceOfThreat().capable(), "balance-of-threat-capable"));

    /** The theories run when none is named: the paper's two and the four it tests against. */
    public static final List<String> DEFAULTS = labels(BALANCE_OF_THREAT, SCHWELLER_BANDWAGONING, WALT_BANDWAGONING,
            BALANCE_OF_POWER, INTERDEPENDENCE, IDENTITY);

    /** The paper's two theories, Walt's and Schweller's: what a sweep and replay run when none is named. */
    public static final List<String> PAPER = labels(BALANCE_OF_THREAT, SCHWELLER_BANDWAGONING);

    private final String label;
    private final Function<TheoryParams, DecisionModule> factory;

    Theories(Function<TheoryParams, DecisionModule> factory) {
        this.label = Labels.label(this);
        this.factory = factory;
    }

    /** The theory's name in scenario files, on the command line and in outputs ({@link Labels#label}). */
    public String label() {
        return label;
    }

    public DecisionModule create(TheoryParams params) {
        return factory.apply(params);
    }

    /** Every theory's name, in declaration order. */
    public static List<String> names() {
        return labels(values());
    }

    private static List<String> labels(Theories... theories) {
        return java.util.Arrays.stream(theories).map(Theories::label).toList();
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
