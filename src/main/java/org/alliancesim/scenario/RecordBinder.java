package org.alliancesim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.param.Labels;
import org.alliancesim.param.Range;
import org.alliancesim.param.Required;
import org.alliancesim.param.Within;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds a YAML mapping to a record by its component names: numbers (checked against the
 * component's {@link Range}), enums (written in lower case with hyphens), words, lists of words,
 * maps of numbers, words or records, and nested records. Keys the file leaves out keep the default
 * record's values; a {@link Required} one is reported missing; a component marked {@link Within}
 * is read one level down ({@code capital: {lat, lon}}); unknown keys are reported with a
 * suggestion. One mechanism for the parameters and for every section of a scenario (time, states,
 * ties, distances), so that a field is declared once, in its record, with its documentation,
 * bounds and default.
 */
public final class RecordBinder {
    /** Reads a component whose rule is more than a range or a word list (e.g. a state id's pattern). */
    @FunctionalInterface
    public interface Reader {
        Object read(YamlMap map, String key);
    }

    private RecordBinder() {
    }

    public static <R extends Record> R bind(YamlMap map, Class<R> type, R defaults) {
        return bind(map, type, defaults, Map.of());
    }

    /**
     * @param custom readers of the components (by name) whose rules the record cannot declare
     */
    public static <R extends Record> R bind(YamlMap map, Class<R> type, R defaults, Map<String, Reader> custom) {
        if (map.node() == null) {
            return defaults;
        }
        RecordComponent[] comps = type.getRecordComponents();
        Object[] values = new Object[comps.length];
        YamlMap within = null;
        for (int k = 0; k < comps.length; k++) {
            RecordComponent c = comps[k];
            Within w = c.getAnnotation(Within.class);
            if (w == null) {
                values[k] = component(map, c, read(c, defaults), custom);
                continue;
            }
            if (within == null || !within.path().equals(map.child(w.value()))) {
                if (!w.required().isEmpty()) {
                    map.require(w.value(), w.required());
                }
                within = map.map(w.value());
            }
            values[k] = component(within, c, read(c, defaults), custom);
            boolean last = k == comps.length - 1 || comps[k + 1].getAnnotation(Within.class) == null
                    || !comps[k + 1].getAnnotation(Within.class).value().equals(w.value());
            if (last && within.node() instanceof MappingNode) {
                for (RecordComponent in : comps) {
                    Within iw = in.getAnnotation(Within.class);
                    if (iw != null && iw.value().equals(w.value()) && in.getAnnotation(Required.class) != null) {
                        within.require(in.getName(), in.getAnnotation(Required.class).value());
                    }
                }
                within.finish();
            }
        }
        map.finish();
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(Arrays.stream(comps).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            return ctor.newInstance(values);
        } catch (InvocationTargetException e) {
            map.problems().add(map.node(), map.path(), String.valueOf(e.getCause().getMessage()));
            return defaults;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** A record type's defaults: its {@code DEFAULTS} constant. */
    static Object defaultsOf(Class<?> type) {
        try {
            return type.getField("DEFAULTS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " declares no DEFAULTS", e);
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object component(YamlMap map, RecordComponent c, Object fallback, Map<String, Reader> custom) {
        String key = c.getName();
        Required required = c.getAnnotation(Required.class);
        if (required != null && c.getAnnotation(Within.class) == null) {
            map.require(key, required.value());
        }
        Reader reader = custom.get(key);
        return reader != null ? reader.read(map, key) : value(map, c, fallback);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(YamlMap map, RecordComponent c, Object fallback) {
        String key = c.getName();
        Class<?> t = c.getType();
        Range r = c.getAnnotation(Range.class);
        if (t == double.class) {
            return map.number(key, r == null ? -Double.MAX_VALUE : r.min(), r == null ? Double.MAX_VALUE : r.max(),
                    (Double) fallback);
        }
        if (t == int.class) {
            return map.integer(key, r == null ? Integer.MIN_VALUE : (int) r.min(),
                    r == null ? Integer.MAX_VALUE : (int) r.max(), (Integer) fallback);
        }
        if (t == boolean.class) {
            String s = map.choice(key, List.of("true", "false"), null);
            return s == null ? fallback : Boolean.parseBoolean(s);
        }
        if (t == String.class) {
            return map.string(key, (String) fallback);
        }
        if (t.isEnum()) {
            String s = map.choice(key, Labels.labels((Class) t), null);
            return s == null ? fallback : Labels.parse((Class) t, s);
        }
        if (t == List.class) {
            return map.has(key) ? map.strings(key) : fallback;
        }
        if (t == Map.class && c.getGenericType() instanceof ParameterizedType p) {
            Type valueType = p.getActualTypeArguments()[1];
            if (valueType == String.class) {
                return words(map.map(key));
            }
            if (valueType instanceof Class<?> vc && vc.isRecord()) {
                return records(map.map(key), (Class<Record>) vc);
            }
            if (!map.has(key)) {
                return fallback;
            }
            return map.numbers(key, r == null ? 0 : r.min(), r == null ? Double.MAX_VALUE : r.max());
        }
        if (t.isRecord()) {
            Node v = map.get(key);
            if (v == null) {
                return fallback;
            }
            return bind(YamlMap.of(v, map.child(key), map.problems()), (Class<Record>) t, (Record) fallback);
        }
        throw new IllegalStateException("unsupported field type " + t + " for " + key);
    }

    private static Map<String, String> words(YamlMap m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : m.keys()) {
            out.put(k, m.string(k, ""));
        }
        return out;
    }

    /**
     * A mapping of names to records, each bound against the record's defaults. A name given
     * without a value is refused; when the record's first field is a bounded number the message
     * shows an example ({@code expected a mapping such as {political: 0.5}}).
     */
    private static <V extends Record> Map<String, V> records(YamlMap m, Class<V> type) {
        Map<String, V> out = new LinkedHashMap<>();
        V defaults = type.cast(defaultsOf(type));
        RecordComponent first = type.getRecordComponents()[0];
        Range example = first.getAnnotation(Range.class);
        for (String k : m.keys()) {
            Node v = m.get(k);
            if (v == null && example != null) {
                m.problem(k, "expected a mapping such as {" + first.getName() + ": "
                        + YamlMap.format((example.min() + example.max()) / 2) + "}, found nothing (give the "
                        + m.path().substring(m.path().lastIndexOf('.') + 1) + " or remove '" + k + "')");
                continue;
            }
            out.put(k, bind(YamlMap.of(v, m.child(k), m.problems()), type, defaults));
        }
        return out;
    }
}
