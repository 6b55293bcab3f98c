package org.alliancesim.gui;

import java.lang.reflect.RecordComponent;
import org.alliancesim.param.Range;

/** The {@link Range} a record component declares, so a slider's bounds are the parameter's own. */
final class Ranges {
    private Ranges() {
    }

    /**
     * @return {min, max}
     * @throws IllegalArgumentException if the record has no such component or it declares no range
     */
    static double[] of(Class<? extends Record> type, String component) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Range r = c.getAnnotation(Range.class);
                if (r == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + "." + component + " declares no @Range");
                }
                return new double[] {r.min(), r.max()};
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
    }
}
