package org.alliancesim.backtest;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.alliancesim.history.YearWorld;

/**
 * A SHA-256 of everything a fit's objective reads from the training years: each year's scenario
 * (every state and input, rendered canonically: record components in declaration order, map
 * entries sorted by key, numbers exactly), its COW codes, and ATOP's obligations for every
 * training dyad-year. The scenario's {@code source} and {@code sha256} are left out: they name
 * where the data were read (e.g. {@code data:../shared/data} on the client and the absolute path
 * on a worker), not what was read. A cluster worker builds the training years from its own copy of the data
 * and runs a candidate only when its digest equals the client's, so the fit cannot depend on
 * which member evaluates which candidate.
 */
public final class TrainingDigest {
    /** Scenario components that label where the data came from. */
    private static final java.util.Set<String> LABELS = java.util.Set.of("source", "sha256");

    private TrainingDigest() {
    }

    public static String of(Training t) {
        MessageDigest md = sha256();
        StringBuilder sb = new StringBuilder(1 << 16);
        for (YearWorld w : t.worlds()) {
            sb.append("year ").append(w.year()).append(' ').append(java.util.Arrays.toString(w.ccodes())).append('\n');
            render(w.scenario(), sb);
            sb.append('\n');
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
        DyadFrame f = t.frame();
        sb.append("atop ").append(java.util.Arrays.toString(f.observed)).append(' ')
                .append(java.util.Arrays.toString(f.observedBefore));
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** A canonical text of a value built from records, maps, collections, arrays, numbers, enums and strings. */
    static void render(Object o, StringBuilder sb) {
        if (o == null) {
            sb.append('~');
        } else if (o instanceof Double d) {
            sb.append(Double.toHexString(d));
        } else if (o instanceof Float f) {
            sb.append(Float.toHexString(f));
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
            sb.append(o);
        } else if (o instanceof CharSequence s) {
            sb.append('"').append(s.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (o instanceof Enum<?> e) {
            sb.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
        } else if (o instanceof Map<?, ?> m) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
            sb.append('{');
            for (Map.Entry<?, ?> e : entries) {
                render(e.getKey(), sb);
                sb.append('=');
                render(e.getValue(), sb);
                sb.append(',');
            }
            sb.append('}');
        } else if (o instanceof java.util.Set<?> s) {
            List<String> items = new ArrayList<>();
            for (Object x : s) {
                StringBuilder one = new StringBuilder();
                render(x, one);
                items.add(one.toString());
            }
            items.sort(null);
            sb.append("set").append(items);
        } else if (o instanceof Collection<?> c) {
            sb.append('[');
            for (Object x : c) {
                render(x, sb);
                sb.append(',');
            }
            sb.append(']');
        } else if (o.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(o);
            sb.append('[');
            for (int i = 0; i < n; i++) {
                render(java.lang.reflect.Array.get(o, i), sb);
                sb.append(',');
            }
            sb.append(']');
        } else if (o.getClass().isRecord()) {
            sb.append(o.getClass().getSimpleName()).append('(');
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                if (o instanceof org.alliancesim.scenario.Scenario && LABELS.contains(rc.getName())) {
                    continue;
                }
                sb.append(rc.getName()).append(':');
                try {
                    var accessor = rc.getAccessor();
                    accessor.setAccessible(true);
                    render(accessor.invoke(o), sb);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc + " of " + o.getClass().getName(), e);
                }
                sb.append(';');
            }
            sb.append(')');
        } else {
            throw new IllegalArgumentException("no canonical form for " + o.getClass().getName());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
