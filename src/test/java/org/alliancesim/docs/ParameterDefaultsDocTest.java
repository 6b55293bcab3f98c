package org.alliancesim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancesim.scenario.Parameters;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The defaults scenarios/README.md lists under "Parameters" (a YAML block) are the code's
 * ({@link Parameters#DEFAULTS}), key for key: every documented key exists with that value, and every
 * parameter of the code is documented.
 */
class ParameterDefaultsDocTest {
    private static final Path DOC = Path.of("scenarios", "README.md");

    @Test
    void theDocumentedDefaultsAreTheCodes() throws Exception {
        Map<String, Object> doc = documented();
        List<String> problems = new ArrayList<>();
        for (RecordComponent group : Parameters.class.getRecordComponents()) {
            Object groupValue = group.getAccessor().invoke(Parameters.DEFAULTS);
            Object listed = doc.get(group.getName());
            if (!(listed instanceof Map<?, ?> keys)) {
                problems.add(group.getName() + ": not documented");
                continue;
            }
            for (RecordComponent key : groupValue.getClass().getRecordComponents()) {
                Object code = key.getAccessor().invoke(groupValue);
                String where = group.getName() + "." + key.getName();
                if (!keys.containsKey(key.getName())) {
                    problems.add(where + ": not documented (default " + code + ")");
                } else if (!same(keys.get(key.getName()), code)) {
                    problems.add(where + ": documented " + keys.get(key.getName()) + ", code " + code);
                }
            }
            for (Object k : keys.keySet()) {
                boolean known = false;
                for (RecordComponent key : groupValue.getClass().getRecordComponents()) {
                    known |= key.getName().equals(k);
                }
                if (!known) {
                    problems.add(group.getName() + "." + k + ": documented but not a parameter");
                }
            }
        }
        for (String g : doc.keySet()) {
            boolean known = false;
            for (RecordComponent group : Parameters.class.getRecordComponents()) {
                known |= group.getName().equals(g);
            }
            if (!known) {
                problems.add(g + ": documented but not a parameter group");
            }
        }
        assertThat(problems).as(DOC + ", section Parameters").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> documented() throws IOException {
        String text = Files.readString(DOC);
        int start = text.indexOf("```yaml\nparameters:");
        assertThat(start).as("%s has a ```yaml block starting with parameters:", DOC).isNotNegative();
        String block = text.substring(start + "```yaml\n".length(), text.indexOf("```", start + 7));
        Map<String, Object> root = new Yaml().load(block);
        return (Map<String, Object>) root.get("parameters");
    }

    /** Numbers by value, enums by their lower-case hyphenated name, maps and text as they are. */
    private static boolean same(Object documented, Object code) {
        if (documented instanceof Number d && code instanceof Number c) {
            return d.doubleValue() == c.doubleValue();
        }
        if (code instanceof Enum<?> e) {
            String name = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return name.equals(String.valueOf(documented)) || e.toString().equals(String.valueOf(documented));
        }
        if (documented instanceof Map<?, ?> d && code instanceof Map<?, ?> c) {
            return d.equals(c);
        }
        return String.valueOf(documented).equals(String.valueOf(code));
    }
}
