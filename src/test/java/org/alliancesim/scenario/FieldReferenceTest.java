package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliancesim.param.Labels;
import org.alliancesim.param.Range;
import org.alliancesim.param.Required;
import org.alliancesim.param.Within;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The field reference in {@code scenarios/README.md} and {@code docs/validation.md} agrees with
 * the records that declare the fields: every declared field is documented, with its range and
 * its default. The README's {@code parameters:} block, read as a scenario's parameters, is the
 * declared defaults and names every field; the README's state example names every state field;
 * the tables and lists of validation.md give each number's declared range (and, where they have a
 * default column, its default).
 */
class FieldReferenceTest {
    private static final Path README = Path.of("scenarios/README.md");
    private static final Path VALIDATION = Path.of("docs/validation.md");

    @Test
    void theReadmeParameterBlockIsTheDeclaredDefaultsAndNamesEveryField() throws Exception {
        Node block = yamlBlock(README, "parameters:");
        Problems problems = new Problems(README.toString());
        YamlMap top = YamlMap.of(block, "", problems);
        Parameters read = RecordBinder.bind(top.map("parameters"), Parameters.class, Parameters.DEFAULTS);
        top.finish();
        assertThat(problems.list()).as("fields the README shows that the records do not declare").isEmpty();
        assertThat(read).as("the defaults the README shows").isEqualTo(Parameters.DEFAULTS);
        assertThat(missing(Parameters.class, NodeTrees.entry(block, "parameters").getValueNode(), "parameters"))
                .as("declared parameters the README's block leaves out").isEmpty();
    }

    @Test
    void theReadmeStateExampleNamesEveryStateField() throws Exception {
        Node block = yamlBlock(README, "states:");
        Node state = ((org.yaml.snakeyaml.nodes.SequenceNode) NodeTrees.entry(block, "states").getValueNode())
                .getValue().get(0);
        assertThat(missing(StateSpec.class, state, "states[0]")).as("state fields the README's example leaves out")
                .isEmpty();
        Node gains = NodeTrees.entry(state, "gains").getValueNode();
        assertThat(missing(GainSpec.class, ((MappingNode) gains).getValue().get(0).getValueNode(), "gains"))
                .as("gain fields the README's example leaves out").isEmpty();
        Node factions = NodeTrees.entry(state, "factions").getValueNode();
        List<String> factionKeys = new ArrayList<>();
        for (var f : ((MappingNode) factions).getValue()) {
            if (f.getValueNode() instanceof MappingNode m) {
                m.getValue().forEach(t -> factionKeys.add(((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue()));
            }
        }
        assertThat(factionKeys).as("faction fields the README's example shows")
                .containsAll(names(FactionSpec.class));
    }

    @Test
    void theReadmeStateAndTimeCommentsGiveTheDeclaredRangesAndDefaults() throws IOException {
        String text = Files.readString(README);
        String states = text.substring(text.indexOf("```yaml\nstates:"), text.indexOf("```", text.indexOf("```yaml\nstates:") + 3));
        checkComments(StateSpec.class, StateSpec.DEFAULTS, states);
        checkComments(GainSpec.class, GainSpec.DEFAULTS, states);
        String top = text.substring(text.indexOf("```yaml\nbase:"), text.indexOf("```", text.indexOf("```yaml\nbase:") + 3));
        checkComments(TimeSpec.class, TimeSpec.DEFAULTS, top);
    }

    /**
     * Where a line of the example gives a field a comment with a range ({@code 0..1}, {@code 1 to
     * 1,000,000}) or a default ({@code (default 0.5)}), they are the declared ones.
     */
    private static void checkComments(Class<? extends Record> type, Record defaults, String block) {
        for (RecordComponent c : type.getRecordComponents()) {
            Within w = c.getAnnotation(Within.class);
            String key = w == null ? c.getName() : w.value();
            for (String line : block.split("\n")) {
                String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                String comment = line.contains("#") ? line.substring(line.indexOf('#')) : "";
                boolean own = code.trim().replaceFirst("^- ", "").startsWith(key + ":")
                        || code.isBlank() && comment.replaceFirst("^#\\s*", "").startsWith(key + ":");
                if (!own) {
                    continue;
                }
                if (w != null) {
                    comment = comment.contains(c.getName() + " ") ? comment.substring(comment.indexOf(c.getName() + " ")) : "";
                }
                Range r = c.getAnnotation(Range.class);
                if (r != null && r.max() != Double.MAX_VALUE && java.util.regex.Pattern.compile("\\d(\\.\\.| to )-?\\d").matcher(comment).find()) {
                    List<String> texts = new ArrayList<>(rangeTexts(r.min(), r.max()));
                    rangeTexts(r.min(), r.max()).forEach(t -> texts.add(t.replace("..", " to ")));
                    assertThat(texts.stream().anyMatch(comment::contains)).as("%s.%s's range %s in: %s",
                            type.getSimpleName(), c.getName(), texts.get(0), line).isTrue();
                }
                Object d = read(c, defaults);
                if (d instanceof Number && comment.contains("(default ")) {
                    assertThat(comment).as("%s.%s's default", type.getSimpleName(), c.getName())
                            .containsPattern("\\(default " + java.util.regex.Pattern.quote(shown(d)) + "[;)]");
                }
            }
        }
    }

    @Test
    void validationGivesEveryStateFieldWithItsRangeAndDefault() throws IOException {
        String section = section(VALIDATION, "### `states[]`");
        checkTable(StateSpec.class, section, StateSpec.DEFAULTS);
        String gains = row(section, "`gains`");
        List<String> defaults = new ArrayList<>();
        for (RecordComponent c : GainSpec.class.getRecordComponents()) {
            assertThat(gains).as("gains.%s", c.getName()).contains(c.getName());
            checkRange(c, gains, "gains." + c.getName());
            defaults.add(shown(read(c, GainSpec.DEFAULTS)));
        }
        assertThat(gains).as("the gains' defaults").contains("defaults " + String.join(", ", defaults));
    }

    @Test
    void validationGivesTheTimeFieldsWithTheirRangesAndDefaults() throws IOException {
        String section = section(VALIDATION, "### Top level");
        for (RecordComponent c : TimeSpec.class.getRecordComponents()) {
            String row = row(section, "`time." + c.getName() + "`");
            assertThat(row).as("a row for time.%s", c.getName()).isNotNull();
            checkRange(c, row, "time." + c.getName());
            assertThat(cells(row).get(2)).as("time.%s's default", c.getName())
                    .contains(shown(read(c, TimeSpec.DEFAULTS)));
        }
    }

    @Test
    void everyTheoryIsListedWhereTheModulesAre() throws IOException {
        String row = row(section(VALIDATION, "### Top level"), "`defaultModule`");
        String readme = Files.readString(README);
        String modules = readme.substring(readme.indexOf("Decision modules ("), readme.indexOf("## States"));
        String scope = row(section(VALIDATION, "### Top level"), "`theoryScope`");
        assertThat(scope).as("validation.md's theoryScope row").isNotNull();
        for (String label : Labels.labels(Scenario.TheoryScope.class)) {
            assertThat(scope).contains("`" + label + "`");
        }
        for (String theory : org.alliancesim.decision.Theories.names()) {
            assertThat(row).as("validation.md's defaultModule row").contains("`" + theory + "`");
            assertThat(modules).as("the README's list of decision modules").contains("`" + theory + "`");
        }
    }

    @Test
    void validationGivesTheTieDistanceAndEventFieldsWithTheirRanges() throws IOException {
        String ties = section(VALIDATION, "### `ties[]`");
        for (String label : Labels.labels(org.alliancesim.world.Level.class)) {
            assertThat(ties).contains("`" + label + "`");
        }
        assertThat(ties).contains("default `" + Labels.label(TieFields.DEFAULTS.level()) + "`");
        String distances = section(VALIDATION, "### `distances[]`");
        checkMentions(DistanceFields.class, distances);
        String events = section(VALIDATION, "### `events[]`");
        checkMentions(EventFields.class, events);
        for (EventSpec.Type type : EventSpec.Type.values()) {
            assertThat(events).contains("`" + type.label() + "`");
            if (type != EventSpec.Type.POWER && type != EventSpec.Type.REGIME) {
                Range r = EventReader.valueRange(type);
                assertThat(events).as("the value range of %s events", type.label())
                        .containsAnyOf(rangeTexts(r.min(), r.max()).stream().map(t -> "`value` " + t).toArray(String[]::new));
            }
        }
    }

    @Test
    void validationGivesEveryParameterGroupFieldAndRange() throws IOException {
        String section = section(VALIDATION, "### `parameters`");
        for (RecordComponent group : Parameters.class.getRecordComponents()) {
            String row = row(section, "`" + group.getName() + "`");
            assertThat(row).as("a row for parameters.%s", group.getName()).isNotNull();
            String fields = cells(row).get(1);
            for (RecordComponent c : group.getType().getRecordComponents()) {
                String name = "`" + c.getName() + "`";
                assertThat(fields).as("parameters.%s.%s", group.getName(), c.getName()).contains(name);
                String after = fields.substring(fields.indexOf(name));
                checkRange(c, after, "parameters." + group.getName() + "." + c.getName());
            }
        }
    }

    /** Every component of {@code type} with a range or a word list is in its table row, with both. */
    private static void checkTable(Class<? extends Record> type, String section, Record defaults) {
        for (RecordComponent c : type.getRecordComponents()) {
            String row = row(section, "`" + c.getName() + "`");
            Within w = c.getAnnotation(Within.class);
            if (row == null && w != null) {
                row = row(section, "`" + w.value() + "`");
            }
            assertThat(row).as("a row naming %s.%s", type.getSimpleName(), c.getName()).isNotNull();
            String rule = row.substring(row.indexOf("`" + c.getName() + "`") < 0 ? 0 : row.indexOf("`" + c.getName() + "`"));
            checkRange(c, rule, type.getSimpleName() + "." + c.getName());
            if (c.getAnnotation(Required.class) != null) {
                assertThat(row).as("%s.%s is required", type.getSimpleName(), c.getName()).contains("required");
            }
            Object d = defaults == null ? null : read(c, defaults);
            if (defaults != null && c.getAnnotation(Required.class) == null && (d instanceof Number || d instanceof Enum)) {
                assertThat(cells(row).get(2)).as("%s.%s's default", type.getSimpleName(), c.getName()).contains(shown(d));
            }
        }
    }

    /** Each component is named, and each bounded one given with its range. */
    private static void checkMentions(Class<? extends Record> type, String section) {
        for (RecordComponent c : type.getRecordComponents()) {
            String name = "`" + c.getName();
            assertThat(section).as("%s.%s", type.getSimpleName(), c.getName()).contains(name);
            checkRange(c, section.substring(section.indexOf(name)), type.getSimpleName() + "." + c.getName());
        }
    }

    private static void checkRange(RecordComponent c, String text, String what) {
        Range r = c.getAnnotation(Range.class);
        if (c.getType().isEnum()) {
            for (Object e : c.getType().getEnumConstants()) {
                assertThat(text).as("%s's word %s", what, Labels.label((Enum<?>) e)).contains("`" + Labels.label((Enum<?>) e) + "`");
            }
        }
        if (r == null || r.max() == Integer.MAX_VALUE) {
            return; // unbounded, or bounded by the run (a step)
        }
        List<String> texts = r.max() == Double.MAX_VALUE ? List.of("≥ " + YamlMap.format(r.min()))
                : rangeTexts(r.min(), r.max());
        assertThat(texts.stream().anyMatch(text::contains)).as("%s's range %s in: %s", what, texts.get(0), text).isTrue();
    }

    private static List<String> rangeTexts(double min, double max) {
        List<String> out = new ArrayList<>();
        for (String a : List.of(YamlMap.format(min), grouped(min))) {
            for (String b : List.of(YamlMap.format(max), grouped(max))) {
                out.add(a + ".." + b);
            }
        }
        return out;
    }

    private static String grouped(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : YamlMap.format(d);
    }

    private static String shown(Object value) {
        return value instanceof Enum<?> e ? "`" + Labels.label(e) + "`"
                : value instanceof Number n ? YamlMap.format(n.doubleValue()) : String.valueOf(value);
    }

    /** The declared fields of {@code type} that the mapping {@code node} does not name, recursively. */
    private static List<String> missing(Class<?> type, Node node, String path) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Within w = c.getAnnotation(Within.class);
            Node at = w == null ? node : NodeTrees.entry(node, w.value()) == null ? null
                    : NodeTrees.entry(node, w.value()).getValueNode();
            var entry = at == null ? null : NodeTrees.entry(at, c.getName());
            if (entry == null) {
                out.add(path + "." + c.getName());
            } else if (c.getType().isRecord() && !(c.getGenericType() instanceof ParameterizedType)) {
                out.addAll(missing(c.getType(), entry.getValueNode(), path + "." + c.getName()));
            }
        }
        return out;
    }

    private static List<String> names(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first fenced YAML block of a file whose first line starts with {@code start}, parsed. */
    private static Node yamlBlock(Path file, String start) throws IOException, ScenarioException {
        String text = Files.readString(file);
        int at = text.indexOf("```yaml\n" + start);
        assertThat(at).as("a yaml block starting '%s' in %s", start, file).isGreaterThanOrEqualTo(0);
        int from = at + "```yaml\n".length();
        return YamlSource.parse(text.substring(from, text.indexOf("```", from)), file.toString());
    }

    /** The text from a heading to the next heading of the same or a higher level. */
    private static String section(Path file, String heading) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf("\n" + heading + "\n");
        at = at >= 0 ? at : text.indexOf("\n" + heading + " ");
        assertThat(at).as("the heading %s in %s", heading, file).isGreaterThanOrEqualTo(0);
        String hashes = heading.substring(0, heading.indexOf(' '));
        int end = text.length();
        for (int h = hashes.length(); h >= 1; h--) {
            int next = text.indexOf("\n" + "#".repeat(h) + " ", at + heading.length() + 1);
            if (next >= 0) {
                end = Math.min(end, next);
            }
        }
        return text.substring(at, end);
    }

    /** The first table row of the section whose first cell names {@code name}. */
    private static String row(String section, String name) {
        for (String line : section.split("\n")) {
            if (line.startsWith("|") && cells(line).size() > 1 && cells(line).get(0).contains(name)) {
                return line;
            }
        }
        return null;
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String c : row.substring(1).split("\\|", -1)) {
            out.add(c.trim());
        }
        return out;
    }
}
