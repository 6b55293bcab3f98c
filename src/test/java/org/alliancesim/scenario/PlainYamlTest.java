package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The quick reader of plain YAML gives SnakeYAML's very tree (tags, values, styles, and the line,
 * column and offset of where every node starts and ends), and never reads a text SnakeYAML
 * refuses or reads otherwise: on every YAML file shipped in the project, on seeded generated
 * documents that mix what it reads with what it leaves to SnakeYAML, and on seeded mutations
 * of the shipped files (a character deleted, doubled or replaced by one YAML gives a meaning to).
 */
class PlainYamlTest {
    private static final String TRICKY = ":#-{}[],'\"!&*|>?%@` \t\r\nx0.~";

    static Stream<Path> shippedFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : List.of("scenarios", "src/test/resources", "docs")) {
            if (Files.isDirectory(Path.of(root))) {
                try (Stream<Path> s = Files.walk(Path.of(root))) {
                    s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
                }
            }
        }
        return out.stream();
    }

    @Test
    void everyShippedFileIsInTheSubset() throws Exception {
        List<Path> files = shippedFiles().toList();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            assertThat(PlainYaml.read(Files.readString(f, StandardCharsets.UTF_8), new PlainResolver())).as("%s", f).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void aShippedFileGivesSnakeYamlsTree(Path file) throws Exception {
        assertSameTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(k -> 7_000L + k);
    }

    @Test
    void mostGeneratedDocumentsAreReadQuickly() {
        long read = seeds().filter(seed -> PlainYaml.read(new Generator(new Random(seed)).document(), new PlainResolver()) != null)
                .count();
        assertThat(read).as("documents read by the quick reader, of 300").isBetween(50L, 300L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedDocumentGivesSnakeYamlsTreeOrIsLeftToIt(long seed) throws Exception {
        assertSameTree(new Generator(new Random(seed)).document());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedShippedFileGivesSnakeYamlsTreeOrIsLeftToIt(long seed) throws Exception {
        List<Path> files = shippedFiles().toList();
        Random r = new Random(seed);
        String text = Files.readString(files.get(r.nextInt(files.size())), StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(text);
        for (int m = 1 + r.nextInt(3); m > 0 && b.length() > 0; m--) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, b.charAt(at));
                default -> b.setCharAt(at, TRICKY.charAt(r.nextInt(TRICKY.length())));
            }
        }
        assertSameTree(b.toString());
    }

    /**
     * Scalars the reader shares by the hash of their characters: thousands of distinct numbers
     * (its table grows several times), neighbours whose hashes differ in the last bits, words
     * whose hashes are equal ("Aa" and "BB"), each given again later, and quoted ones after a
     * backslash earlier in the file: the tree is SnakeYAML's, value for value.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void repeatedNeighbouringAndCollidingScalarsGiveSnakeYamlsTree(long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("description: a \\ backslash\nitems:\n");
        String[] colliding = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        for (int k = 0; k < 6000; k++) {
            String word = colliding[r.nextInt(colliding.length)];
            b.append(String.format(Locale.ROOT, "  - {v: %d.%03d, w: %s, q: '%s', n: %d}%n", r.nextInt(3),
                    r.nextInt(1000), word, colliding[r.nextInt(colliding.length)], r.nextInt(20_000)));
        }
        String text = b.toString();
        assertThat(PlainYaml.read(text, new PlainResolver())).as("read by the quick reader").isNotNull();
        assertSameTree(text);
    }

    /**
     * A plain scalar that resolves to a tag the format refuses (a date is a timestamp) is left to
     * SnakeYAML, whose tree the tag check then refuses at its line and column: the quick reader's
     * trees, which skip that check, hold plain tags only.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2001-12-14", "2001-12-14 21:59:43.10 -5"})
    void aScalarOfAnotherTagIsLeftToSnakeYamlAndRefused(String value) {
        String text = "name: x\nitems:\n  - {when: " + value + "}\n";
        assertThat(PlainYaml.read(text, new PlainResolver())).isNull();
        assertThatThrownBy(() -> YamlSource.parse(text, "t.yaml")).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(12);
                    assertThat(p.message()).contains("type tag", "timestamp", "not allowed");
                }));
    }

    /**
     * The root knows every plain scalar of the document, however deep (a template skips its
     * search for 'dist' keys by it).
     */
    @Test
    void theRootKnowsThePlainWordsOfTheDocument() {
        String text = "name: x\na:\n  - {b: [y, {dist: normal, mean: 1}]}\nc: 'quoted'\n";
        Node root = PlainYaml.read(text, new PlainResolver());
        assertThat(root).isInstanceOf(PlainYaml.Root.class);
        PlainYaml.Root r = (PlainYaml.Root) root;
        assertThat(r.mentions("dist")).isTrue();
        assertThat(r.mentions("normal")).isTrue();
        assertThat(r.mentions("quoted")).as("a quoted scalar is no plain word").isFalse();
        assertThat(r.mentions("distances")).isFalse();
    }

    /** Either the quick reader leaves the text, or SnakeYAML reads it too, to an equal tree. */
    private static void assertSameTree(String text) {
        Node quick = PlainYaml.read(text, new PlainResolver());
        if (quick == null) {
            return;
        }
        Node snake;
        try {
            snake = YamlSource.compose(text, "t.yaml");
        } catch (ScenarioException e) {
            throw new AssertionError("the quick reader read a text SnakeYAML refuses (" + e.getMessage() + "):\n" + text);
        }
        assertEqual(quick, snake, "", text);
    }

    private static void assertEqual(Node a, Node b, String path, String text) {
        String at = "at '" + path + "' of:\n" + (text.length() > 2000 ? text.substring(0, 2000) : text);
        assertThat(a.getNodeId()).as(at).isEqualTo(b.getNodeId());
        assertThat(a.getTag()).as(at).isEqualTo(b.getTag());
        assertMark(a.getStartMark(), b.getStartMark(), "start " + at);
        assertMark(a.getEndMark(), b.getEndMark(), "end " + at);
        if (a instanceof ScalarNode s) {
            ScalarNode t = (ScalarNode) b;
            assertThat(s.getValue()).as(at).isEqualTo(t.getValue());
            assertThat(s.getScalarStyle()).as(at).isEqualTo(t.getScalarStyle());
        } else if (a instanceof MappingNode m) {
            MappingNode n = (MappingNode) b;
            assertThat(m.getFlowStyle()).as(at).isEqualTo(n.getFlowStyle());
            assertThat(m.getValue()).as(at).hasSameSizeAs(n.getValue());
            for (int k = 0; k < m.getValue().size(); k++) {
                NodeTuple x = m.getValue().get(k);
                NodeTuple y = n.getValue().get(k);
                assertEqual(x.getKeyNode(), y.getKeyNode(), path + "{" + k + "}", text);
                assertEqual(x.getValueNode(), y.getValueNode(), path + "." + k, text);
            }
        } else {
            SequenceNode s = (SequenceNode) a;
            SequenceNode t = (SequenceNode) b;
            assertThat(s.getFlowStyle()).as(at).isEqualTo(t.getFlowStyle());
            assertThat(s.getValue()).as(at).hasSameSizeAs(t.getValue());
            for (int k = 0; k < s.getValue().size(); k++) {
                assertEqual(s.getValue().get(k), t.getValue().get(k), path + "[" + k + "]", text);
            }
        }
    }

    private static void assertMark(Mark a, Mark b, String at) {
        assertThat(List.of(a.getName(), a.getIndex(), a.getLine(), a.getColumn())).as(at)
                .isEqualTo(List.of(b.getName(), b.getIndex(), b.getLine(), b.getColumn()));
    }

    /** Scenario-like documents: mostly what the quick reader reads, now and then what it leaves. */
    private static final class Generator {
        private final Random r;
        private final StringBuilder out = new StringBuilder();

        Generator(Random r) {
            this.r = r;
        }

        String document() {
            if (r.nextInt(4) == 0) {
                out.append("# a comment\n\n");
            }
            mapping(0, 0);
            if (r.nextBoolean()) {
                out.append(r.nextBoolean() ? "\n" : "# the end");
            }
            return out.toString();
        }

        private String scalar(boolean flow) {
            String[] plain = {"USA", "0.25", "-75.690111", "1.0E-4", "12", "-3", "0", "007", "1e5", ".5", "-.5", "+1",
                "yes", "No", "on", "null", "Null", "~", "true", "0x1F", "0o17", "1_000", "2010-01-01", "1:30", ".inf",
                "-.Inf", ".nan", "balance-of-threat", "a_b", "E1", "y", "n", "=", "<<", "-", "--", "a.b", "0.", "1.",
                "+.5", "12:30:45", "190:20:30", "1,000", "0b101"};
            String[] block = {"United States of America", "C# and D", "a #not a comment", "x: y", "http://a",
                "say \"hi\"", "it's", "[not, flow]", "{ nor }", "a  b", "Côte d’Ivoire", "x ", "- a", "? k", "! t", "& a",
                "* a", "| b", "> c", "'q'", "\"d\"", "\"e\\\"f\"", "'g''h'", "\"\"", "''", "#c", "%x", "@x", "`x",
                "a,b", "a\tb"};
            if (!flow && r.nextInt(25) == 0) {
                return block[r.nextInt(block.length)];
            }
            if (r.nextInt(120) == 0) {
                return String.valueOf(TRICKY.charAt(r.nextInt(TRICKY.length())));
            }
            if (r.nextInt(10) == 0) {
                String[] quoted = {"\"2029Q3\"", "'a'", "\"a, b: c # d\"", "\"x\\\"y\"", "'it''s'", "\"\"", "''",
                    "\"12\"", "'~'", "\"a\" b", "'open"};
                return quoted[r.nextInt(quoted.length)];
            }
            return plain[r.nextInt(r.nextInt(6) == 0 ? plain.length : 12)];
        }

        private String key() {
            String[] keys = {"id", "name", "power", "USA", "CAN", "x1", "a-b", "a.b", "1914", "true", "null", "_k",
                "k k", "\"q\"", "-k", "k:", "~"};
            return keys[r.nextInt(r.nextInt(40) == 0 ? keys.length : 7)];
        }

        private String flow(int depth) {
            StringBuilder b = new StringBuilder();
            boolean map = r.nextBoolean();
            b.append(map ? '{' : '[');
            int n = r.nextInt(4);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    b.append(r.nextInt(60) == 0 ? "," : ", ");
                }
                if (map) {
                    b.append(key()).append(r.nextInt(80) == 0 ? ":" : ": ");
                }
                b.append(depth < 3 && r.nextInt(4) == 0 ? flow(depth + 1) : scalar(true));
            }
            if (r.nextInt(80) == 0) {
                b.append(", ");
            }
            b.append(map ? '}' : ']');
            return b.toString();
        }

        private String inline(int depth) {
            return r.nextInt(3) == 0 ? flow(depth) : scalar(false);
        }

        private String comment() {
            return r.nextInt(5) == 0 ? "    # note" : "";
        }

        private void indent(int col) {
            out.append(" ".repeat(col));
        }

        private void mapping(int col, int depth) {
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    indent(col); // the first key is placed by the caller (after a key's line break or a '- ')
                }
                entry(col, depth);
                if (r.nextInt(12) == 0) {
                    out.append(r.nextBoolean() ? "\n" : "  # between\n");
                }
            }
        }

        private void entry(int col, int depth) {
            out.append(key()).append(':');
            int kind = depth < 4 ? r.nextInt(5) : 0;
            if (kind == 4) {
                block(col);
            } else if (kind == 0) {
                out.append(' ').append(inline(depth)).append(comment()).append('\n');
            } else if (kind == 1) {
                int inner = col + (r.nextInt(40) == 0 ? 0 : 2 + r.nextInt(2));
                out.append(comment()).append('\n');
                indent(inner);
                mapping(inner, depth + 1);
            } else {
                int inner = col + (r.nextInt(40) == 0 ? 0 : 2);
                out.append(comment()).append('\n');
                sequence(inner, depth + 1);
            }
        }

        /** A folded or literal block scalar, now and then with what the quick reader leaves to SnakeYAML. */
        private void block(int col) {
            String[] heads = {">", "|", ">", "|", ">-", "|+", ">2", "> # a comment", ">#x", "> x"};
            out.append(' ').append(heads[r.nextInt(r.nextInt(4) == 0 ? heads.length : 4)]).append('\n');
            int depth = col + (r.nextInt(30) == 0 ? 0 : 2 + r.nextInt(2));
            String[] lines = {"Plain words, and more.", "# not a comment here", "a: b", "- c", "trailing  ", "'q' \"d\"",
                "x", "{ y }"};
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                int extra = r.nextInt(20) == 0 ? 1 + r.nextInt(2) : 0;
                out.append(" ".repeat(depth + extra)).append(lines[r.nextInt(lines.length)]).append('\n');
                if (r.nextInt(20) == 0) {
                    out.append(r.nextBoolean() ? "\n" : " ".repeat(r.nextInt(depth + 2)) + "\n");
                }
            }
            if (r.nextInt(6) == 0) {
                out.append('\n');
            }
        }

        private void sequence(int col, int depth) {
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                indent(col);
                out.append(r.nextInt(60) == 0 ? "-" : "- ");
                if (depth < 4 && r.nextInt(2) == 0) {
                    mapping(col + 2, depth + 1);
                } else {
                    out.append(inline(depth)).append(comment()).append('\n');
                }
            }
        }
    }
}
