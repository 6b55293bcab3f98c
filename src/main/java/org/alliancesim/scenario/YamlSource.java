package org.alliancesim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML file into SnakeYAML's node tree (which keeps line and column of every value)
 * without constructing any object: no type tag can instantiate a Java class. Hostile input is
 * refused early and in bounded memory: files over {@link #MAX_BYTES}, lines over
 * {@link #MAX_LINE} characters, non-UTF-8 or binary content, aliases and anchors (the "billion laughs"), nesting deeper than {@link #MAX_DEPTH},
 * and any tag other than YAML's plain ones.
 */
public final class YamlSource {
    /**
     * Largest file accepted (4 MiB). The bundled scenarios are under 10 KB; a scenario of every
     * state in 2016 imported from COW data, with its dyadic maps and capital distances, is about
     * 1.1 MB. SnakeYAML's node tree takes some 60 to 100 bytes of heap per byte of densely written
     * YAML, so a file at the limit loads in a 512 MB heap (checked by HostileYamlTest in a
     * separate JVM).
     */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /**
     * Longest line accepted, in characters. SnakeYAML scans a single very long token in time
     * quadratic in its length (a 400,000-character line takes seconds, a few million hours); long
     * text belongs in a folded block scalar ({@code description: >}) spread over lines.
     */
    public static final int MAX_LINE = 20_000;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 40;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ);

    private YamlSource() {
    }

    /**
     * The root node of the file, or problems naming the file, line and column.
     *
     * @param file the file to read
     * @param display how to name the file in messages
     */
    public static Node read(Path file, String display) throws ScenarioException {
        String text = readText(file, display);
        return parse(text, display);
    }

    /** Parses YAML text already in memory (used by tests and by the fuzzer). */
    public static Node parse(String text, String display) throws ScenarioException {
        if (text.isBlank()) {
            throw new ScenarioException(new Problem(display, 1, 1, "", "the file is empty; expected a YAML mapping"));
        }
        if (text.length() > MAX_BYTES) {
            throw new ScenarioException(new Problem(display, 0, 0, "", "the file is " + text.length()
                    + " characters long; the limit is " + MAX_BYTES));
        }
        checkLineLengths(text, display);
        Node root = PlainYaml.read(text, new PlainResolver());
        if (root != null) {
            return root; // its tags are all plain ones, its nodes reached once (it makes no aliases)
        }
        root = compose(text, display);
        Problems problems = new Problems(display);
        checkTree(root, problems);
        problems.throwIfAny();
        return root;
    }

    /**
     * SnakeYAML's tree of the text (what {@link PlainYaml} gives, for the texts it reads), or
     * problems naming the line and column.
     */
    static Node compose(String text, String display) throws ScenarioException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        Node root;
        try {
            root = new Composer(new Checked(new ParserImpl(new StreamReader(text), options), display), new PlainResolver(),
                    options).getSingleNode();
        } catch (Refused e) {
            throw new ScenarioException(e.problem);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && !what.contains(e.getContext())) {
                what = e.getContext() + ": " + what;
            }
            Mark c = e.getContextMark();
            if (c != null && m != null && c.getLine() != m.getLine()) {
                what = firstLine(what) + " (in what began on line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1)
                        + ")";
            }
            throw new ScenarioException(new Problem(display, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1, "", explain(firstLine(what))));
        } catch (YAMLException | StackOverflowError e) {
            throw new ScenarioException(new Problem(display, 0, 0, "", explain(firstLine(String.valueOf(e.getMessage())))));
        }
        if (root == null) {
            throw new ScenarioException(new Problem(display, 1, 1, "", "the file holds no YAML document"));
        }
        return root;
    }

    private static void checkLineLengths(String text, String display) throws ScenarioException {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int k = text.indexOf('\n', start);
            if (k < 0) {
                k = text.length();
            }
            if (k - start > MAX_LINE) {
                throw new ScenarioException(new Problem(display, line, MAX_LINE + 1, "", "line " + line + " is "
                        + (k - start) + " characters long; the limit is " + MAX_LINE
                        + " (spread long text over lines with a folded block: 'description: >')"));
            }
            line++;
            start = k + 1;
        }
    }

    /**
     * The parser's events on their way to the composer, refused at the first alias or the first
     * collection nested too deep, so that the problem names its line and column (the composer
     * would refuse both too, but without saying where). The one pass over the text: the tree is
     * composed from the same events.
     */
    private static final class Checked implements Parser {
        private final Parser parser;
        private final String display;
        private Event seen;
        private int depth;

        Checked(Parser parser, String display) {
            this.parser = parser;
            this.display = display;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return peekEvent() != null && peekEvent().is(choice);
        }

        @Override
        public Event peekEvent() {
            return inspect(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            return inspect(parser.getEvent());
        }

        /** Looks at each event once, whether the composer first peeks at it or takes it. */
        private Event inspect(Event e) {
            if (e == null || e == seen) {
                return e;
            }
            seen = e;
            if (e instanceof AliasEvent) {
                throw new Refused(at(display, e.getStartMark(),
                        "aliases (*name) are not allowed in scenario files; write the value out"));
            }
            if (e instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new Refused(at(display, e.getStartMark(), "nesting deeper than " + MAX_DEPTH + " levels"));
            }
            if (e instanceof CollectionEndEvent) {
                depth--;
            }
            return e;
        }
    }

    /** A problem found while the events stream past, carried out of the composer. */
    private static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static Problem at(String display, Mark m, String message) {
        return new Problem(display, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "", message);
    }

    /** Rewrites SnakeYAML's refusals of hostile input in the file format's terms. */
    private static String explain(String what) {
        String global = "Global tag is not allowed: ";
        if (what.contains(global)) {
            String tag = what.substring(what.indexOf(global) + global.length()).replace(Tag.PREFIX, "!!");
            return "type tag " + tag + " is not allowed; scenario files hold plain numbers, text, lists and "
                    + "mappings, and never name Java classes";
        }
        if (what.startsWith("Number of aliases")) {
            return "aliases (*name) are not allowed in scenario files; write the value out";
        }
        if (what.startsWith("Nesting Depth exceeded")) {
            return "nesting deeper than " + MAX_DEPTH + " levels";
        }
        if (what.contains("code points in the input")) {
            return "the file is longer than " + MAX_BYTES + " characters";
        }
        return "not valid YAML: " + what;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /**
     * Refuses every tag but the plain ones. Aliases and nesting need no second look here: the
     * events were refused at the first alias or collection too deep, so no node is reached twice
     * and none lies deeper than {@link #MAX_DEPTH}.
     */
    private static void checkTree(Node node, Problems problems) {
        if (!isPlain(node.getTag())) {
            problems.add(node, "", "type tag " + node.getTag().getValue()
                    + " is not allowed; scenario files hold plain numbers, text, lists and mappings");
            return;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                checkTree(t.getKeyNode(), problems);
                checkTree(t.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                checkTree(child, problems);
            }
        }
    }

    /** Whether a tag is one of {@link #PLAIN_TAGS}: by identity first (the resolver gives the constants themselves). */
    static boolean isPlain(Tag t) {
        return t == Tag.STR || t == Tag.FLOAT || t == Tag.INT || t == Tag.MAP || t == Tag.SEQ || PLAIN_TAGS.contains(t);
    }

    /** Reads a file as strict UTF-8, refusing folders, missing paths, huge and binary files. */
    public static String readText(Path file, String display) throws ScenarioException {
        if (!Files.exists(file)) {
            throw new ScenarioException(new Problem(display, 0, 0, "", "no such file"));
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(new Problem(display, 0, 0, "", "is a folder; expected a YAML file"));
        }
        if (!Files.isRegularFile(file)) {
            // a device (/dev/zero), FIFO or socket: its size reads 0 and reading it may never end
            throw new ScenarioException(new Problem(display, 0, 0, "",
                    "is not a regular file (a device, pipe or socket); expected a YAML file"));
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // bounded, whatever the file claims its size is
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioException(new Problem(display, 0, 0, "",
                        "file is more than " + MAX_BYTES + " bytes; the limit is " + MAX_BYTES));
            }
        } catch (IOException e) {
            throw new ScenarioException(new Problem(display, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        return decode(bytes, display);
    }

    /**
     * The text of a file's bytes, UTF-8: the JDK's lenient decoding when it meets neither a NUL
     * nor a malformed sequence (it would have made a U+FFFD of one), which gives the strict
     * decoder's text then; else the strict way, which names the NUL or the malformed byte (a text
     * that does hold U+FFFD is read that way too). One scan by the JDK's compiled code instead of a
     * loop of this class's, which the interpreter would run over most of a large file.
     */
    static String decode(byte[] bytes, String display) throws ScenarioException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') < 0 && text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return strict(bytes, display);
    }

    /** The bytes decoded strictly: NULs and malformed UTF-8 refused, naming the line and offset. */
    static String strict(byte[] bytes, String display) throws ScenarioException {
        boolean ascii = true;
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] == 0) {
                throw new ScenarioException(new Problem(display, lineOf(bytes, k), 0, "",
                        "binary content (a NUL byte at offset " + k + "); expected a YAML text file"));
            }
            ascii &= bytes[k] > 0;
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.US_ASCII); // the same text, without a decoder's buffers
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new ScenarioException(new Problem(display, lineOf(bytes, at), 0, "",
                    "not UTF-8 text (invalid byte near offset " + at + "); save the file as UTF-8"));
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int k = 0; k < Math.min(offset, bytes.length); k++) {
            if (bytes[k] == '\n') {
                line++;
            }
        }
        return line;
    }
}
