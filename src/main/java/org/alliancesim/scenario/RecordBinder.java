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
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

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
        Plan plan = PLANS.get(type);
        Field[] fields = plan.fields;
        // the defaults' values, read once per defaults record rather than once per binding (a
        // reflective call each: a world binds 194 states of some twenty components)
        Object[] values = plan.valuesOf(defaults);
        YamlMap within = null;
        for (int k = 0; k < fields.length; k++) {
            Field f = fields[k];
            if (f.within == null) {
                values[k] = component(map, f, values[k], custom);
                continue;
            }
            if (within == null || !within.path().equals(map.child(f.within.value()))) {
                if (!f.within.required().isEmpty()) {
                    map.require(f.within.value(), f.within.required());
                }
                within = map.map(f.within.value());
            }
            values[k] = component(within, f, values[k], custom);
            boolean last = k == fields.length - 1 || fields[k + 1].within == null
                    || !fields[k + 1].within.value().equals(f.within.value());
            if (last && within.node() instanceof MappingNode) {
                for (Field in : fields) {
                    if (in.within != null && in.within.value().equals(f.within.value()) && in.required != null) {
                        within.require(in.name, in.required.value());
                    }
                }
                within.finish();
            }
        }
        map.finish();
        try {
            return type.cast(plan.constructor.newInstance(values));
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

    /** What binding a record type needs, looked up once per type (a large file binds thousands). */
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return new Plan(type);
        }
    };

    private static final class Plan {
        final Field[] fields;
        final Constructor<?> constructor;
        /** Whether every component is a number with its range and no other rule (e.g. {@link GainSpec}). */
        final boolean numbersOnly;
        /** The defaults last asked for and their components' values, read once (a large file binds thousands). */
        private Object lastDefaults;
        private Object[] lastValues;

        Plan(Class<?> type) {
            RecordComponent[] comps = type.getRecordComponents();
            fields = Arrays.stream(comps).map(Field::new).toArray(Field[]::new);
            numbersOnly = Arrays.stream(fields).allMatch(f -> f.type == double.class && f.range != null
                    && f.required == null && f.within == null);
            try {
                constructor = type.getDeclaredConstructor(Arrays.stream(comps).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                constructor.setAccessible(true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        }

        /** The components' values of {@code defaults} (a copy, to be filled in). */
        synchronized Object[] valuesOf(Object defaults) {
            if (defaults != lastDefaults) {
                Object[] v = new Object[fields.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = fields[k].read(defaults);
                }
                lastValues = v;
                lastDefaults = defaults;
            }
            return lastValues.clone();
        }

        /** The component named {@code name}, or -1. */
        int indexOf(String name) {
            for (int k = 0; k < fields.length; k++) {
                if (fields[k].name.equals(name)) {
                    return k;
                }
            }
            return -1;
        }
    }

    /**
     * What {@link #bind} gives for a record of numbers only ({@link Plan#numbersOnly}) written as
     * the mapping {@code m}, when binding it would find no problem: every key a plain scalar
     * naming a component, given once, with a number in the component's range. Null, having
     * reported nothing, for anything else, which {@link #bind} then reads and reports (a world's
     * expected gains are 18,000 such records).
     */
    private static <R extends Record> R quick(MappingNode m, Class<R> type, R defaults) {
        Plan plan = PLANS.get(type);
        if (!plan.numbersOnly) {
            return null;
        }
        Object[] values = plan.valuesOf(defaults);
        long given = 0;
        for (NodeTuple t : m.getValue()) {
            int k = t.getKeyNode() instanceof ScalarNode key ? plan.indexOf(key.getValue()) : -1;
            if (k < 0 || k >= 64 || (given & (1L << k)) != 0 || YamlMap.isNull(t.getValueNode())) {
                return null;
            }
            given |= 1L << k;
            Range r = plan.fields[k].range;
            double d = YamlMap.valid(t.getValueNode(), r.min(), r.max());
            if (Double.isNaN(d)) {
                return null;
            }
            values[k] = d;
        }
        try {
            return type.cast(plan.constructor.newInstance(values));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** One component with its annotations, and what its values are. */
    private static final class Field {
        final String name;
        final Class<?> type;
        final java.lang.reflect.Method accessor;
        final Range range;
        final Required required;
        final Within within;
        /** An enum's words, or null. */
        final List<String> words;
        /** For a map: its values' type. */
        final Type valueType;
        /** For a map of records: the record's defaults and the example of its first field. */
        final Object valueDefaults;
        final String example;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Field(RecordComponent c) {
            name = c.getName();
            type = c.getType();
            accessor = c.getAccessor();
            accessor.setAccessible(true);
            range = c.getAnnotation(Range.class);
            required = c.getAnnotation(Required.class);
            within = c.getAnnotation(Within.class);
            words = type.isEnum() ? Labels.labels((Class) type) : null;
            valueType = type == Map.class && c.getGenericType() instanceof ParameterizedType p
                    ? p.getActualTypeArguments()[1] : null;
            if (valueType instanceof Class<?> vc && vc.isRecord()) {
                valueDefaults = defaultsOf(vc);
                RecordComponent first = vc.getRecordComponents()[0];
                Range r = first.getAnnotation(Range.class);
                example = r == null ? null : first.getName() + ": " + YamlMap.format((r.min() + r.max()) / 2);
            } else {
                valueDefaults = null;
                example = null;
            }
        }

        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object component(YamlMap map, Field f, Object fallback, Map<String, Reader> custom) {
        if (f.required != null && f.within == null) {
            map.require(f.name, f.required.value());
        }
        Reader reader = custom.isEmpty() ? null : custom.get(f.name);
        return reader != null ? reader.read(map, f.name) : value(map, f, fallback);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(YamlMap map, Field f, Object fallback) {
        String key = f.name;
        Class<?> t = f.type;
        Range r = f.range;
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
            String s = map.choice(key, f.words, null);
            return s == null ? fallback : Labels.parse((Class) t, s);
        }
        if (t == List.class) {
            return map.has(key) ? map.strings(key) : fallback;
        }
        if (f.valueType != null) {
            if (f.valueType == String.class) {
                return words(map.map(key));
            }
            if (f.valueDefaults != null) {
                return records(map.map(key), (Class<Record>) f.valueType, (Record) f.valueDefaults, f.example);
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
    private static <V extends Record> Map<String, V> records(YamlMap m, Class<V> type, V defaults, String example) {
        Map<String, V> out = new LinkedHashMap<>();
        for (String k : m.keys()) {
            Node v = m.get(k);
            if (v == null && example != null) {
                m.problem(k, "expected a mapping such as {" + example + "}, found nothing (give the "
                        + m.path().substring(m.path().lastIndexOf('.') + 1) + " or remove '" + k + "')");
                continue;
            }
            V quick = v instanceof MappingNode mn ? quick(mn, type, defaults) : null;
            out.put(k, quick != null ? quick : bind(YamlMap.of(v, m.child(k), m.problems()), type, defaults));
        }
        return out;
    }
}
