package org.alliancesim.data;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One state-session of the Bailey, Strezhnev and Voeten UN voting data.
 *
 * @param idealPoint {@code IdealPointAll}, empty when the file has {@code NA}
 * @param votes {@code NVotesAll}, empty when absent or {@code NA}
 * @param iso3c ISO 3166 alpha-3 code, empty string when absent
 * @param countryName {@code Countryname}, empty string when absent
 */
public record IdealPoint(
        int ccode, int session, OptionalDouble idealPoint, OptionalInt votes, String iso3c, String countryName) {

    public IdealPoint {
        Objects.requireNonNull(idealPoint, "idealPoint");
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(iso3c, "iso3c");
        Objects.requireNonNull(countryName, "countryName");
    }

    /** The year in which the session opened ({@link UnSessions#startYear}). */
    public int year() {
        return UnSessions.startYear(session);
    }
}
