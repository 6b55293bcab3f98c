package org.alliancesim.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/** UN General Assembly ideal points indexed by COW code and session (Bailey et al. 2017). */
public final class IdealPoints {

    private final List<IdealPoint> points;
    private final Map<Long, IdealPoint> byKey = new HashMap<>();

    public IdealPoints(List<IdealPoint> points) {
        this.points = List.copyOf(points);
        for (IdealPoint p : this.points) {
            if (byKey.put(key(p.ccode(), p.session()), p) != null) {
                throw new IllegalArgumentException(
                        "duplicate ccode " + p.ccode() + ", session " + p.session());
            }
        }
    }

    private static long key(int ccode, int session) {
        return ((long) ccode << 32) | (session & 0xffffffffL);
    }

    /** The row for a state and session, if the file has one. */
    public Optional<IdealPoint> get(int ccode, int session) {
        return Optional.ofNullable(byKey.get(key(ccode, session)));
    }

    /** {@code IdealPointAll} for a state and session; empty if absent or NA. */
    public OptionalDouble idealPoint(int ccode, int session) {
        IdealPoint p = byKey.get(key(ccode, session));
        return p == null ? OptionalDouble.empty() : p.idealPoint();
    }

    /** The ideal point in the session that opened in {@code year} (see {@link UnSessions}). */
    public OptionalDouble idealPointInYear(int ccode, int year) {
        if (year <= UnSessions.BASE_YEAR) {
            return OptionalDouble.empty();
        }
        return idealPoint(ccode, UnSessions.sessionOpeningIn(year));
    }

    /** The sessions present, ascending. */
    public SortedSet<Integer> sessions() {
        TreeSet<Integer> s = new TreeSet<>();
        points.forEach(p -> s.add(p.session()));
        return Collections.unmodifiableSortedSet(s);
    }

    /** COW codes with a row in a session, ascending. */
    public SortedSet<Integer> ccodesIn(int session) {
        TreeSet<Integer> s = new TreeSet<>();
        points.stream().filter(p -> p.session() == session).forEach(p -> s.add(p.ccode()));
        return Collections.unmodifiableSortedSet(s);
    }

    /** All rows in file order. */
    public List<IdealPoint> points() {
        return points;
    }
}
