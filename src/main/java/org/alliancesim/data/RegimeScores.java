package org.alliancesim.data;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Regime-type scores by state-year: V-Dem's polyarchy index and Polity's polity2. */
public final class RegimeScores {

    private final Map<Long, Double> polyarchy = new HashMap<>();
    private final Map<Long, Double> polity = new HashMap<>();
    private final CodeSites codes = new CodeSites();

    void put(int ccode, int year, OptionalDouble vdem, OptionalDouble polity2) {
        vdem.ifPresent(v -> polyarchy.put(Fields.key(ccode, year), v));
        polity2.ifPresent(v -> polity.put(Fields.key(ccode, year), v));
    }

    /** Where each state code first appears in the file. */
    public CodeSites codes() {
        return codes;
    }

    /** V-Dem {@code v2x_polyarchy} (0-1), if the file has it. */
    public OptionalDouble polyarchy(int ccode, int year) {
        Double v = polyarchy.get(Fields.key(ccode, year));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Polity {@code polity2} (-10..10), if the file has it. */
    public OptionalDouble polity2(int ccode, int year) {
        Double v = polity.get(Fields.key(ccode, year));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
