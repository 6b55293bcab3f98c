package org.alliancesim.backtest;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancesim.param.Range;
import org.alliancesim.scenario.Parameters;

/**
 * Numeric parameters addressed by their path under a scenario's {@code parameters}
 * ({@code balanceOfThreat.threatHalf}), with the bounds their {@link Range} declares: what
 * {@code calibrate} may fit.
 */
public final class ParameterPaths {
    /** The parameter group each theory reads (its record in {@link Parameters}). */
    static final Map<String, String> GROUPS = Map.of("balance-of-threat", "balanceOfThreat",
            "balance-of-threat-capable", "balanceOfThreat",
            "walt-bandwagoning", "waltBandwagoning", "schweller-bandwagoning", "schweller",
            "balance-of-power", "balanceOfPower", "interdependence", "interdependence", "identity", "identity",
            "balance-of-interests", "interests", "landscape", "landscape");

    /** The parameter group (key under {@code parameters}) a theory reads, or null for none. */
    public static String group(String theory) {
        return GROUPS.get(theory);
    }

    private ParameterPaths() {
    }

    /** A fittable parameter: its path, bounds and value in the default parameters. */
    public record Bounded(String path, double min, double max, double defaultValue) {
    }

    /**
     * The parameter at {@code path}.
     *
     * @throws IllegalArgumentException when the path names no number with a declared range
     */
    public static Bounded of(String path) {
        Object record = Parameters.DEFAULTS;
        String[] parts = path.split("\\.", -1);
        for (int k = 0; k < parts.length; k++) {
            RecordComponent c = component(record.getClass(), parts[k], path);
            Object value = read(c, record);
            if (k == parts.length - 1) {
                Range r = c.getAnnotation(Range.class);
                if (c.getType() != double.class || r == null) {
                    throw new IllegalArgumentException("'" + path + "' is not a number with a declared range, so it cannot be fitted");
                }
                return new Bounded(path, r.min(), r.max(), (Double) value);
            }
            if (!c.getType().isRecord()) {
                throw new IllegalArgumentException("'" + path + "': " + parts[k] + " has no fields under it");
            }
            record = value;
        }
        throw new IllegalArgumentException("empty parameter path");
    }

    /**
     * Every number with a declared range in the theory's own parameter group, plus the alignment
     * threshold, bounded inside its declared range so that the thresholds stay in order with the
     * default hysteresis and coalition threshold (a candidate out of order would be refused).
     */
    public static List<Bounded> defaults(String theory) {
        String group = GROUPS.get(theory);
        if (group == null) {
            throw new IllegalArgumentException("no parameter group known for '" + theory + "'; name them with --param");
        }
        List<Bounded> out = new ArrayList<>();
        RecordComponent g = component(Parameters.class, group, group);
        for (RecordComponent c : g.getType().getRecordComponents()) {
            if (c.getType() == double.class && c.getAnnotation(Range.class) != null) {
                out.add(of(group + "." + c.getName()));
            }
        }
        Bounded a = of("ties.alignment");
        var t = Parameters.DEFAULTS.ties();
        out.add(new Bounded(a.path(), Math.max(a.min(), t.hysteresis() + 0.01), Math.min(a.max(), t.coalition() - 0.01),
                a.defaultValue()));
        return out;
    }

    private static RecordComponent component(Class<?> type, String name, String path) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("'" + path + "' does not lead to a parameter");
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
            names.add(c.getName());
        }
        throw new IllegalArgumentException("'" + path + "': no parameter '" + name + "' in " + type.getSimpleName()
                + "; there are " + String.join(", ", names));
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
