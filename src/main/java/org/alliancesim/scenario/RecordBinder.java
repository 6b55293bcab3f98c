package org.alliancesim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Map;
import org.alliancesim.param.Labels;
import org.alliancesim.param.Range;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds a YAML mapping to a parameter record by its component names: numbers (checked against
 * the component's {@link Range}), enums (written in lower case with hyphens), maps of numbers and
 * nested records. Keys the file leaves out keep the default record's values; unknown keys are
 * reported with a suggestion. One mechanism for every parameter group, so a parameter is declared
 * once, in its record, with its documentation and bounds.
 */
public final class RecordBinder {
    private RecordBinder() {
    }

    public static <R extends Record> R bind(YamlMap map, Class<R> type, R defaults) {
        if (map.node() == null) {
            return defaults;
        }
        RecordComponent[] comps = type.getRecordComponents();
        Object[] values = new Object[comps.length];
        for (int k = 0; k < comps.length; k++) {
            values[k] = bindComponent(map, comps[k], read(comps[k], defaults));
        }
        map.finish();
        try {
            Constructor<R> c = type.getDeclaredConstructor(Arrays.stream(comps).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            return c.newInstance(values);
        } catch (InvocationTargetException e) {
            map.problems().add(map.node(), map.path(), String.valueOf(e.getCause().getMessage()));
            return defaults;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object bindComponent(YamlMap map, RecordComponent c, Object fallback) {
        String key = c.getName();
        Class<?> t = c.getType();
        if (t == double.class) {
            Range r = c.getAnnotation(Range.class);
            return map.number(key, r == null ? -Double.MAX_VALUE : r.min(), r == null ? Double.MAX_VALUE : r.max(),
                    (Double) fallback);
        }
        if (t == int.class) {
            Range r = c.getAnnotation(Range.class);
            return map.integer(key, r == null ? Integer.MIN_VALUE : (int) r.min(),
                    r == null ? Integer.MAX_VALUE : (int) r.max(), (Integer) fallback);
        }
        if (t == boolean.class) {
            String s = map.choice(key, java.util.List.of("true", "false"), null);
            return s == null ? fallback : Boolean.parseBoolean(s);
        }
        if (t == String.class) {
            return map.string(key, (String) fallback);
        }
        if (t.isEnum()) {
            String s = map.choice(key, Labels.labels((Class) t), null);
            return s == null ? fallback : Labels.parse((Class) t, s);
        }
        if (t == Map.class && c.getGenericType() instanceof ParameterizedType) {
            if (!map.has(key)) {
                return fallback;
            }
            Range r = c.getAnnotation(Range.class);
            return map.numbers(key, r == null ? 0 : r.min(), r == null ? Double.MAX_VALUE : r.max());
        }
        if (t.isRecord()) {
            Node v = map.get(key);
            if (v == null) {
                return fallback;
            }
            return bind(YamlMap.of(v, map.child(key), map.problems()), (Class<Record>) t, (Record) fallback);
        }
        throw new IllegalStateException("unsupported parameter type " + t + " for " + key);
    }
}
