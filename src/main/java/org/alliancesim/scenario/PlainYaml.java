package org.alliancesim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A quick reader of the plain YAML that scenario files are made of, giving the very node tree
 * SnakeYAML's parser and composer give (same tags, values, styles, lines, columns and offsets),
 * in one pass over the text and a fraction of the time and memory: a mapping at the top; block
 * mappings and sequences of them; flow mappings and sequences written on one line; plain scalars
 * on one line; quoted ones without escapes; folded and literal block scalars of plain lines (a
 * {@code description: >}); comments and blank lines. Anything else (chomping or indentation
 * indicators, other multi-line values, anchors, tags, tabs, escapes, empty values, odd
 * characters, an indentation it does not expect) makes it give up ({@link #read} returns null), and the file
 * goes to SnakeYAML, which reads it or says what is wrong with it. Every tag it gives is one of
 * {@link YamlSource#isPlain the plain ones} (a scalar that resolves to another is left to
 * SnakeYAML too). {@code PlainYamlTest} checks that the two trees are equal on every bundled file
 * and on generated ones, and that this reader never accepts a text SnakeYAML refuses.
 */
final class PlainYaml {
    /** The name SnakeYAML gives text read from a string. */
    private static final String NAME = "'string'";
    /** Marks carry no copy of the text (SnakeYAML's show it in messages this reader never makes). */
    private static final int[] NO_TEXT = new int[0];
    /** Deeper nesting is left to SnakeYAML (and refused past {@link YamlSource#MAX_DEPTH}). */
    private static final int MAX_DEPTH = 30;
    /** SnakeYAML refuses simple keys longer than 1024 characters: longer ones are left to it. */
    private static final int MAX_KEY = 1000;

    /** Thrown where the text leaves the subset; no stack trace, so giving up is cheap. */
    private static final class Leave extends RuntimeException {
        Leave() {
            super(null, null, false, false);
        }
    }

    private static final Leave LEAVE = new Leave();

    /**
     * A scalar's text shared by every occurrence, with its resolved tag and, for a number's tag,
     * the number the loader reads from the text ({@link YamlMap#parse}), read once per distinct
     * text (a world of 194 states writes 88,000 numbers in 14,500 spellings).
     */
    private record Known(String value, Tag tag, double number) {
        Known(String value, Tag tag) {
            this(value, tag, tag == Tag.INT || tag == Tag.FLOAT ? YamlMap.parse(value) : Double.NaN);
        }
    }

    private final String text;
    /**
     * The text's characters: read by index throughout, an array load is a fraction of the cost of
     * {@link String#charAt} in the interpreter and on the C1 compiler, which read most of a file
     * before they have compiled the loops.
     */
    private final char[] chars;
    private final Resolver resolver;
    private final int[] lineStart;
    private final int lines;
    private final Lines lineTable;
    /** Per line: the column of its first character that is not a space, or -1 for a blank or comment line. */
    private final int[] indent;
    private final Map<String, Known> known = new HashMap<>();
    /**
     * The same scalars by the hash of their characters (open addressing, a power of two long):
     * a plain scalar seen before is found without cutting its text out of the file (most of a
     * large file's scalars are state ids and numbers given many times).
     */
    private Known[] byChars = new Known[1 << 12];
    private int byCharsCount;
    private int depth;

    private PlainYaml(String text, char[] chars, Resolver resolver, int[] lineStart, int lines) {
        this.text = text;
        this.chars = chars;
        this.resolver = resolver;
        this.lineStart = lineStart;
        this.lines = lines;
        this.lineTable = new Lines(lineStart);
        this.indent = new int[lines];
    }

    /** The tree of {@code text}, or null when it is not in the subset this reader knows. */
    static Node read(String text, Resolver resolver) {
        char[] chars = text.toCharArray();
        int[] starts = lineStarts(chars);
        if (starts == null) {
            return null;
        }
        int count = starts.length - 1;
        PlainYaml y = new PlainYaml(text, chars, resolver, starts, count);
        try {
            return y.document();
        } catch (Leave e) {
            return null;
        }
    }

    /**
     * Where each line starts (one more entry: the end of the text), or null when the text holds a
     * character this reader leaves to SnakeYAML: controls (tabs and carriage returns included),
     * YAML 1.1's other line breaks, surrogates, byte-order marks and non-characters.
     */
    private static int[] lineStarts(char[] chars) {
        // one pass, the common characters (printable ASCII) settled by two comparisons: the
        // interpreter runs much of this loop over a large file before it is compiled
        int n = chars.length;
        int[] starts = new int[Math.max(16, n / 32)];
        int count = 1; // starts[0] = 0
        for (int k = 0; k < n; k++) {
            char c = chars[k];
            if (c >= 0x20) {
                if (c < 0x7F) {
                    continue;
                }
                if (c <= 0x9F || (c >= 0xD800 && c <= 0xDFFF) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                        || c >= 0xFFFE) {
                    return null;
                }
            } else if (c == '\n') {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = k + 1;
            } else {
                return null;
            }
        }
        int[] out = java.util.Arrays.copyOf(starts, count + 1);
        out[count] = n + 1; // the end of the last line is n
        return out;
    }

    private int lineEnd(int line) {
        return lineStart[line + 1] - 1;
    }

    private Node document() {
        for (int l = 0; l < lines; l++) {
            int s = lineStart[l];
            int e = lineEnd(l);
            if (text.startsWith("---", s) || text.startsWith("...", s) || (s < e && chars[s] == '%')) {
                throw LEAVE;
            }
            int k = s;
            while (k < e && chars[k] == ' ') {
                k++;
            }
            indent[l] = k == e || chars[k] == '#' ? -1 : k - s;
        }
        int first = next(0);
        if (first == lines || indent[first] != 0) {
            throw LEAVE;
        }
        Parsed root = mapping(first, 0);
        if (root.next != lines) {
            throw LEAVE;
        }
        return new Root((MappingNode) root.node, known.keySet());
    }

    /**
     * The top mapping of a document this reader read, which knows the words its plain scalars
     * are (every key is one), so that a reader looking for a key can tell at once that no mapping
     * of the document has it.
     */
    static final class Root extends MappingNode {
        private final java.util.Set<String> plain;

        Root(MappingNode m, java.util.Set<String> plain) {
            super(m.getTag(), true, m.getValue(), m.getStartMark(), m.getEndMark(), m.getFlowStyle());
            this.plain = plain;
        }

        /** Whether some plain scalar of the document (a key, or a value) is {@code word}. */
        boolean mentions(String word) {
            return plain.contains(word);
        }
    }

    /** The first line at or after {@code from} with content, or {@link #lines}. */
    private int next(int from) {
        int l = from;
        while (l < lines && indent[l] < 0) {
            l++;
        }
        return l;
    }

    /** A node and the next line with content after it. */
    private record Parsed(Node node, int next) {
    }

    /** Where a block collection that ends before line {@code line} ends: that line's content, or the end of the text. */
    private Mark endBefore(int line) {
        if (line == lines) {
            int last = lines - 1;
            return mark(text.length(), last, text.length() - lineStart[last]);
        }
        return mark(lineStart[line] + indent[line], line, indent[line]);
    }

    private Mark mark(int index, int line, int column) {
        return new Mark(NAME, index, line, column, NO_TEXT, 0);
    }

    private Mark mark(int index, int line) {
        return mark(index, line, index - lineStart[line]);
    }

    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw LEAVE;
        }
    }

    /** A block mapping whose first key is on line {@code line} at column {@code col}. */
    private Parsed mapping(int line, int col) {
        deeper();
        List<NodeTuple> tuples = new ArrayList<>();
        Mark start = mark(lineStart[line] + col, line, col);
        int l = line;
        while (true) {
            int p = lineStart[l] + col;
            int e = lineEnd(l);
            int keyEnd = keyEnd(p, e);
            ScalarNode key = scalar(p, keyEnd, l, DumperOptions.ScalarStyle.PLAIN);
            int q = keyEnd + 1;
            while (q < e && chars[q] == ' ') {
                q++;
            }
            Parsed value;
            if (q == e || chars[q] == '#') {
                // the value is the block below, indented further
                int n = next(l + 1);
                if (n == lines || indent[n] <= col) {
                    throw LEAVE;
                }
                int c = indent[n];
                int at = lineStart[n] + c;
                value = chars[at] == '-' ? sequence(n, c) : mapping(n, c);
            } else if (chars[q] == '>' || chars[q] == '|') {
                value = block(q, e, l, col);
            } else {
                value = inline(q, e, l);
            }
            tuples.add(new NodeTuple(key, value.node));
            l = value.next;
            if (l == lines || indent[l] < col) {
                break;
            }
            if (indent[l] > col) {
                throw LEAVE;
            }
        }
        depth--;
        return new Parsed(new MappingNode(Tag.MAP, true, tuples, start, endBefore(l), DumperOptions.FlowStyle.BLOCK), l);
    }

    /** A block sequence whose first '-' is on line {@code line} at column {@code col}. */
    private Parsed sequence(int line, int col) {
        deeper();
        List<Node> items = new ArrayList<>();
        Mark start = mark(lineStart[line] + col, line, col);
        int l = line;
        while (true) {
            int p = lineStart[l] + col;
            int e = lineEnd(l);
            if (chars[p] != '-' || p + 1 >= e || chars[p + 1] != ' ') {
                throw LEAVE;
            }
            int q = p + 1;
            while (q < e && chars[q] == ' ') {
                q++;
            }
            if (q == e || chars[q] == '#' || chars[q] == '-' && q + 1 < e && chars[q + 1] == ' ') {
                throw LEAVE;
            }
            Parsed item = isKey(q, e) ? mapping(l, q - lineStart[l]) : inline(q, e, l);
            items.add(item.node);
            l = item.next;
            if (l == lines || indent[l] < col) {
                break;
            }
            if (indent[l] > col) {
                throw LEAVE;
            }
        }
        depth--;
        return new Parsed(new SequenceNode(Tag.SEQ, true, items, start, endBefore(l), DumperOptions.FlowStyle.BLOCK), l);
    }

    /**
     * A value that stands on the rest of line {@code line} from {@code p} (a flow collection, a
     * quoted or a plain scalar), then at most a comment; the next line with content must not be
     * indented further than the key or '-' it belongs to (that would continue the value).
     */
    private Parsed inline(int p, int e, int line) {
        char c = chars[p];
        Node node;
        int end;
        if (c == '{' || c == '[') {
            int[] at = {p};
            node = flow(at, e, line);
            end = at[0];
        } else if (c == '"' || c == '\'') {
            end = quotedEnd(p, e);
            node = quoted(p, end, line);
        } else {
            end = plainEnd(p, e);
            node = scalar(p, end, line, DumperOptions.ScalarStyle.PLAIN);
        }
        int k = end;
        while (k < e && chars[k] == ' ') {
            k++;
        }
        if (k < e && (chars[k] != '#' || k == end)) {
            throw LEAVE;
        }
        int n = next(line + 1);
        return new Parsed(node, n);
    }

    /**
     * A folded ({@code >}) or literal ({@code |}) block scalar whose indicator is at {@code p} on
     * line {@code line}, the value of a key at column {@code col}: no chomping or indentation
     * indicator, its lines all at the indentation of the first (deeper than the key), none blank
     * between them, and a line break after the last. Folded, the lines are joined by spaces;
     * literal, by line breaks; either ends with one line break (YAML's "clip").
     */
    private Parsed block(int p, int e, int line, int col) {
        int k = spaces(p + 1, e);
        if (k < e && (chars[k] != '#' || k == p + 1)) {
            throw LEAVE;
        }
        int first = line + 1;
        if (first >= lines) {
            throw LEAVE;
        }
        int depth = leading(first);
        if (depth <= col || depth == lineEnd(first) - lineStart[first]) {
            throw LEAVE;
        }
        boolean folded = chars[p] == '>';
        StringBuilder value = new StringBuilder();
        int l = first;
        while (l < lines && lineEnd(l) > lineStart[l] && leading(l) >= depth) {
            if (leading(l) > depth || leading(l) == lineEnd(l) - lineStart[l]) {
                throw LEAVE; // a deeper or blank-looking line: folding rules this reader does not follow
            }
            if (l > first) {
                value.append(folded ? ' ' : '\n');
            }
            value.append(text, lineStart[l] + depth, lineEnd(l));
            l++;
        }
        if (l == lines || lineEnd(l - 1) >= text.length()) {
            throw LEAVE; // the last line has no line break
        }
        int after = l;
        while (after < lines && lineEnd(after) == lineStart[after] && after + 1 < lines) {
            after++; // empty lines after the scalar belong to it (chomped away)
        }
        if (after < lines && lineEnd(after) > lineStart[after]
                && (leading(after) == lineEnd(after) - lineStart[after] || leading(after) >= depth)) {
            throw LEAVE; // a line of spaces only, or the scalar going on after empty lines
        }
        value.append('\n');
        Mark start = mark(p, line);
        Mark end = mark(lineStart[after], after, 0); // where SnakeYAML's scanner stops: the line after, at its start
        ScalarNode node = new ScalarNode(resolver.resolve(NodeId.scalar, value.toString(), false), true,
                value.toString(), start, end, folded ? DumperOptions.ScalarStyle.FOLDED : DumperOptions.ScalarStyle.LITERAL);
        return new Parsed(node, next(after));
    }

    /** How many spaces line {@code line} starts with. */
    private int leading(int line) {
        int s = lineStart[line];
        int e = lineEnd(line);
        int k = s;
        while (k < e && chars[k] == ' ') {
            k++;
        }
        return k - s;
    }

    /** Whether a key and ': ' (or ':' at the end of the line) start at {@code p}. */
    private boolean isKey(int p, int e) {
        int k = p;
        if (k >= e || !keyStart(chars[k])) {
            return false;
        }
        while (k < e && keyChar(chars[k])) {
            k++;
        }
        return k < e && chars[k] == ':' && (k + 1 == e || chars[k + 1] == ' ');
    }

    /** The end of the key that starts at {@code p}, which ': ' or ':' at the end of the line must follow. */
    private int keyEnd(int p, int e) {
        if (!isKey(p, e)) {
            throw LEAVE;
        }
        int k = p;
        while (chars[k] != ':') {
            k++;
        }
        if (k - p > MAX_KEY) {
            throw LEAVE;
        }
        return k;
    }

    private static boolean keyStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean keyChar(char c) {
        return keyStart(c) || c == '-' || c == '.';
    }

    /**
     * The end of a plain scalar in block context starting at {@code p}: before a comment or the
     * end of the line, trailing blanks left out. No indicator may start it and no ':' or '#'
     * may be in it (those are left to SnakeYAML).
     */
    private int plainEnd(int p, int e) {
        char first = chars[p];
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || (first == '-' && (p + 1 == e || chars[p + 1] == ' '))) {
            throw LEAVE;
        }
        int k = p;
        int end = p;
        while (k < e) {
            char c = chars[k];
            if (c == ':' || c == '#') {
                if (c == '#' && chars[k - 1] == ' ') {
                    break;
                }
                throw LEAVE;
            }
            k++;
            if (c != ' ') {
                end = k;
            }
        }
        return end;
    }

    /** A flow mapping or sequence that starts at {@code at[0]} and closes on the same line; {@code at[0]} is left after it. */
    private Node flow(int[] at, int e, int line) {
        deeper();
        int p = at[0];
        boolean isMap = chars[p] == '{';
        char close = isMap ? '}' : ']';
        Mark start = mark(p, line);
        List<NodeTuple> tuples = isMap ? new ArrayList<>() : null;
        List<Node> items = isMap ? null : new ArrayList<>();
        int k = spaces(p + 1, e);
        if (k < e && chars[k] == close) {
            k++;
        } else {
            while (true) {
                if (isMap) {
                    int keyEnd = flowScalarEnd(k, e);
                    if (keyEnd >= e || chars[keyEnd] != ':' || keyEnd + 1 >= e || chars[keyEnd + 1] != ' '
                            || keyEnd - k > MAX_KEY) {
                        throw LEAVE;
                    }
                    ScalarNode key = scalar(k, keyEnd, line, DumperOptions.ScalarStyle.PLAIN);
                    k = spaces(keyEnd + 1, e);
                    at[0] = k;
                    Node value = flowItem(at, e, line);
                    tuples.add(new NodeTuple(key, value));
                } else {
                    at[0] = k;
                    items.add(flowItem(at, e, line));
                }
                k = spaces(at[0], e);
                if (k >= e) {
                    throw LEAVE;
                }
                if (chars[k] == close) {
                    k++;
                    break;
                }
                if (chars[k] != ',') {
                    throw LEAVE;
                }
                k = spaces(k + 1, e);
                if (k >= e || chars[k] == close || chars[k] == ',') {
                    throw LEAVE;
                }
            }
        }
        at[0] = k;
        depth--;
        Mark end = mark(k, line);
        return isMap ? new MappingNode(Tag.MAP, true, tuples, start, end, DumperOptions.FlowStyle.FLOW)
                : new SequenceNode(Tag.SEQ, true, items, start, end, DumperOptions.FlowStyle.FLOW);
    }

    /** A value inside a flow collection: a nested one, a quoted or a plain scalar; {@code at[0]} is left after it. */
    private Node flowItem(int[] at, int e, int line) {
        int k = at[0];
        if (k >= e) {
            throw LEAVE;
        }
        char c = chars[k];
        if (c == '{' || c == '[') {
            return flow(at, e, line);
        }
        if (c == '"' || c == '\'') {
            at[0] = quotedEnd(k, e);
            return quoted(k, at[0], line);
        }
        int end = flowScalarEnd(k, e);
        at[0] = end;
        return scalar(k, end, line, DumperOptions.ScalarStyle.PLAIN);
    }

    /** The end of a plain scalar in a flow collection: letters, digits and {@code _ . + -}, a '-' only before one of those. */
    private int flowScalarEnd(int p, int e) {
        int k = p;
        while (k < e && flowChar(chars[k])) {
            k++;
        }
        if (k == p || (chars[p] == '-' && k == p + 1)) {
            throw LEAVE;
        }
        return k;
    }

    private static boolean flowChar(char c) {
        return keyStart(c) || c == '.' || c == '+' || c == '-';
    }

    private int spaces(int p, int e) {
        int k = p;
        while (k < e && chars[k] == ' ') {
            k++;
        }
        return k;
    }

    private ScalarNode scalar(int p, int end, int line, DumperOptions.ScalarStyle style) {
        if (end <= p) {
            throw LEAVE;
        }
        Known k = known(p, end);
        return new Scalar(k, style, lineTable, p, end, line);
    }

    /**
     * The line starts of a text, shared by its scalars, which make their marks when asked (most
     * never are: a large file holds hundreds of thousands of scalars, and two marks each would
     * be a third of the tree).
     */
    private record Lines(int[] start) {
        Mark mark(int index, int line) {
            return new Mark(NAME, index, line, index - start[line], NO_TEXT, 0);
        }
    }

    /**
     * A scalar whose start and end marks are made from its offsets when asked, and which knows
     * the number its text reads as.
     */
    static final class Scalar extends ScalarNode {
        private final Lines lines;
        private final int start;
        private final int end;
        private final int line;
        /** {@link YamlMap#parse} of the text, for a scalar made with a number's tag; else NaN, unused. */
        private final double number;
        private final boolean numeric;

        private Scalar(Known k, DumperOptions.ScalarStyle style, Lines lines, int start, int end, int line) {
            super(k.tag, true, k.value, null, null, style);
            this.lines = lines;
            this.start = start;
            this.end = end;
            this.line = line;
            this.number = k.number;
            this.numeric = k.tag == Tag.INT || k.tag == Tag.FLOAT;
        }

        /** What {@link YamlMap#parse} gives for the text (read once per spelling for a number's tag). */
        double number() {
            return numeric ? number : YamlMap.parse(getValue());
        }

        @Override
        public Mark getStartMark() {
            return lines.mark(start, line);
        }

        @Override
        public Mark getEndMark() {
            return lines.mark(end, line);
        }
    }

    /**
     * Just after the closing quote of the quoted scalar that opens at {@code p}, on the same line:
     * without escapes ('\\' in double quotes, '' in single ones).
     */
    private int quotedEnd(int p, int e) {
        char q = chars[p];
        int close = text.indexOf(q, p + 1);
        if (close < 0 || close >= e || (q == '"' && hasBackslash(p + 1, close))
                || (q == '\'' && close + 1 < e && chars[close + 1] == '\'')) {
            throw LEAVE;
        }
        return close + 1;
    }

    /** A quoted scalar from its opening quote at {@code p} to just after its closing one at {@code end}. */
    private ScalarNode quoted(int p, int end, int line) {
        DumperOptions.ScalarStyle style = chars[p] == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                : DumperOptions.ScalarStyle.SINGLE_QUOTED;
        String value = text.substring(p + 1, end - 1);
        Known k = known.get(value);
        return new Scalar(new Known(k != null ? k.value : value, resolver.resolve(NodeId.scalar, value, false)), style,
                lineTable, p, end, line);
    }

    /** Whether a '\\' is among the characters from {@code from} up to {@code to} (excluded). */
    private boolean hasBackslash(int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars[k] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The scalar whose text is the characters from {@code p} up to {@code end} (excluded). */
    private Known known(int p, int end) {
        int h = 0;
        for (int k = p; k < end; k++) {
            h = 31 * h + chars[k];
        }
        int mask = byChars.length - 1;
        int len = end - p;
        for (int slot = slot(h); ; slot = (slot + 1) & mask) {
            Known k = byChars[slot];
            if (k == null) {
                k = known(text.substring(p, end));
                byChars[slot] = k;
                if (++byCharsCount * 2 > byChars.length) {
                    grow();
                }
                return k;
            }
            if (k.value.length() == len && k.value.hashCode() == h && k.value.regionMatches(0, text, p, len)) {
                return k;
            }
        }
    }

    /**
     * Where a hash starts probing: its product with the golden ratio's fraction, top bits (the
     * hashes of numbers that differ in their last digit are neighbours, and would pile up).
     */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(byChars.length));
    }

    private void grow() {
        Known[] old = byChars;
        byChars = new Known[old.length * 2];
        int mask = byChars.length - 1;
        for (Known k : old) {
            if (k != null) {
                int slot = slot(k.value.hashCode());
                while (byChars[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                byChars[slot] = k;
            }
        }
    }

    private Known known(String value) {
        Known k = known.get(value);
        if (k == null) {
            Tag tag = resolver.resolve(NodeId.scalar, value, true);
            if (!YamlSource.isPlain(tag)) {
                throw LEAVE; // a timestamp, a merge key...: SnakeYAML's tree, which the tag check refuses
            }
            k = new Known(value, tag);
            known.put(value, k);
        }
        return k;
    }
}
