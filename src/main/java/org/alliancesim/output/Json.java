package org.alliancesim.output;

import org.alliancesim.Num;
import org.alliancesim.param.Labels;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A minimal JSON writer for manifests: maps, lists, records, strings, numbers, booleans. */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, "");
        return sb.append('\n').toString();
    }

    private static void write(Object v, StringBuilder sb, String indent) {
        String in = indent + "  ";
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(s, sb);
        } else if (v instanceof Double d) {
            sb.append(Double.isFinite(d) ? Num.format(d) : "null");
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Enum<?> e) {
            quote(Labels.label(e), sb);
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            object(sorted, sb, indent);
        } else if (v instanceof Record r) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    fields.put(c.getName(), c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            object(fields, sb, indent);
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object x : c) {
                sb.append(first ? "\n" : ",\n").append(in);
                write(x, sb, in);
                first = false;
            }
            sb.append(first ? "]" : "\n" + indent + "]");
        } else if (v instanceof long[] a) {
            sb.append('[');
            for (int k = 0; k < a.length; k++) {
                sb.append(k == 0 ? "" : ", ").append(a[k]);
            }
            sb.append(']');
        } else {
            quote(v.toString(), sb);
        }
    }

    private static void object(Map<String, Object> fields, StringBuilder sb, String indent) {
        String in = indent + "  ";
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            sb.append(first ? "\n" : ",\n").append(in);
            quote(e.getKey(), sb);
            sb.append(": ");
            write(e.getValue(), sb, in);
            first = false;
        }
        sb.append(first ? "}" : "\n" + indent + "}");
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
