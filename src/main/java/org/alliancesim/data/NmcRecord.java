package org.alliancesim.data;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One state-year of the COW National Material Capabilities data. Components that COW codes as
 * missing ({@code -9}) are empty; {@code cinc} is COW's own Composite Index as given in the file.
 */
public record NmcRecord(
        String stateabb,
        int ccode,
        int year,
        OptionalDouble milex,
        OptionalDouble milper,
        OptionalDouble irst,
        OptionalDouble pec,
        OptionalDouble tpop,
        OptionalDouble upop,
        OptionalDouble cinc) {

    public NmcRecord {
        Objects.requireNonNull(stateabb, "stateabb");
        Objects.requireNonNull(milex, "milex");
        Objects.requireNonNull(milper, "milper");
        Objects.requireNonNull(irst, "irst");
        Objects.requireNonNull(pec, "pec");
        Objects.requireNonNull(tpop, "tpop");
        Objects.requireNonNull(upop, "upop");
        Objects.requireNonNull(cinc, "cinc");
    }

    /** The value of one component, empty if missing. */
    public OptionalDouble component(NmcComponent c) {
        return switch (c) {
            case MILEX -> milex;
            case MILPER -> milper;
            case IRST -> irst;
            case PEC -> pec;
            case TPOP -> tpop;
            case UPOP -> upop;
        };
    }

    public CowState state() {
        return new CowState(ccode, stateabb);
    }
}
