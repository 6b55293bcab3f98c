package org.alliancesim.param;

import java.lang.reflect.RecordComponent;

/**
 * The {@link Range} a record component declares, for code that needs a field's bounds outside
 * the loader (the GUI's sliders, an event's target value), so that each bound stays written once.
 */
public final class Ranges {
    private Ranges() {
    }

    /**
     * @return the range of {@code component} of {@code type}
     * @throws IllegalArgumentException if the record has no such component or it declares no range
     */
    public static Range of(Class<? extends Record> type, String component) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Range r = c.getAnnotation(Range.class);
                if (r == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + "." + component + " declares no @Range");
                }
                return r;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
    }

    /** {min, max} of {@link #of}. */
    public static double[] bounds(Class<? extends Record> type, String component) {
        Range r = of(type, component);
        return new double[] {r.min(), r.max()};
    }
}
