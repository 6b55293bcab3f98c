package org.alliancesim.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.alliancesim.param.Within;

/**
 * What kind of value a path of a scenario holds, read off the records that declare the fields
 * (the one place a field's type is written): so a sweep and an uncertain input know, without a
 * list of their own, which fields take whole numbers ({@code time.steps}, {@code events[0].step},
 * {@code events[0].ramp[1]}, {@code parameters.landscape.switchesPerStep}).
 */
final class FieldTypes {
    /** The sections of the top level that hold numbers, with their declarations. */
    private record Sections(TimeSpec time, Parameters parameters, List<StateSpec> states, List<TieFields> ties,
                            List<DistanceFields> distances, List<EventFields> events) {
    }

    private FieldTypes() {
    }

    /**
     * Whether the field at {@code steps} (words and list positions, as {@link NodePath} reads
     * them; a word applied to a list picks an element by id) is declared a whole number.
     */
    static boolean isWhole(List<?> steps) {
        Type t = Sections.class;
        for (int k = 0; k < steps.size() && t != null; k++) {
            Object step = steps.get(k);
            if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
                t = p.getActualTypeArguments()[0];
            } else if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
                t = step instanceof String ? p.getActualTypeArguments()[1] : null;
            } else if (t instanceof Class<?> c && c.isRecord() && step instanceof String word) {
                RecordComponent found = component(c, word);
                if (found == null && k + 1 < steps.size() && steps.get(k + 1) instanceof String inner) {
                    found = within(c, word, inner);
                    k += found == null ? 0 : 1;
                }
                t = found == null ? null : found.getGenericType();
            } else {
                t = null;
            }
        }
        return t == int.class || t == Integer.class;
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name) && c.getAnnotation(Within.class) == null) {
                return c;
            }
        }
        return null;
    }

    private static RecordComponent within(Class<?> record, String outer, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            Within w = c.getAnnotation(Within.class);
            if (c.getName().equals(name) && w != null && w.value().equals(outer)) {
                return c;
            }
        }
        return null;
    }
}
