package org.alliancesim.importer;

import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Small helpers for writing YAML text by hand: plain-or-quoted scalars and one-line flow values. */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final Yaml FLOW;

    static {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        o.setWidth(Integer.MAX_VALUE);
        o.setSplitLines(false);
        FLOW = new Yaml(o);
    }

    private YamlText() {
    }

    /** A string as a YAML scalar: plain when safe, double-quoted otherwise. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.append('"').toString();
    }

    /** Any value loaded from YAML (maps, lists, scalars) as one line of flow YAML. */
    static String flow(Object value) {
        return FLOW.dump(value).strip();
    }

    /** Text as a comment line (no line breaks can escape the comment). */
    static String comment(String text) {
        return "# " + text.replace('\r', ' ').replace('\n', ' ');
    }
}
