package org.alliancesim.data;

/**
 * Maps UN General Assembly regular sessions to calendar years.
 *
 * <p>Session {@code s} opens in year {@code 1945 + s}: the first session opened in London on 10
 * January 1946; from the second (16 September 1947) on, each regular session opens in September
 * and runs into the following year, so session 71 is 2016-17 and session 78 is 2023-24. The
 * mapping agrees with the Bailey-Strezhnev-Voeten file: states first appear in the session that
 * opened after they joined (South Sudan, admitted July 2011, in session 66; Montenegro, June 2006,
 * in 61; Switzerland and Timor-Leste, September 2002, in 57).
 *
 * <p>For annual data (such as COW's state-years) the session that opens in year {@code y} is used
 * for year {@code y}.
 */
public final class UnSessions {

    /** Year before the first session: session s opens in {@code BASE_YEAR + s}. */
    public static final int BASE_YEAR = 1945;

    private UnSessions() {}

    /** The year in which session {@code session} (1, 2, ...) opened. */
    public static int startYear(int session) {
        if (session < 1) {
            throw new IllegalArgumentException("UN GA sessions are numbered from 1: " + session);
        }
        return BASE_YEAR + session;
    }

    /** The session that opened in {@code year} (1946 or later). */
    public static int sessionOpeningIn(int year) {
        if (year <= BASE_YEAR) {
            throw new IllegalArgumentException("no UN General Assembly session opened in " + year);
        }
        return year - BASE_YEAR;
    }
}
