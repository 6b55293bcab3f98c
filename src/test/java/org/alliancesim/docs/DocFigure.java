package org.alliancesim.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code src/test/resources/docs/figures.tsv}: a quote from a user doc, its figures
 * marked {@code {{...}}}, and one source per figure (or one source holding the whole quote
 * verbatim). Fields are separated by tabs; blank lines and lines starting with {@code #} are
 * comments.
 *
 * @param line    the registry line, for messages
 * @param doc     the doc file, relative to the repository's root
 * @param quote   the quote with its figures marked
 * @param sources one per figure, in order (see {@link FigureSource})
 */
record DocFigure(int line, String doc, String quote, List<FigureSource> sources) {
    static final String REGISTRY = "/docs/figures.tsv";
    private static final Pattern FIGURE = Pattern.compile("\\{\\{(.*?)}}");

    /** The quote as the doc prints it (marks removed). */
    String literal() {
        return FIGURE.matcher(quote).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** The marked figures, in order. */
    List<String> figures() {
        List<String> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(quote);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Override
    public String toString() {
        return "figures.tsv:" + line + " " + doc + ": " + Figures.normalise(literal());
    }

    /** Every registry line, parsed; a malformed line is an error naming it. */
    static List<DocFigure> all() {
        String text;
        try (InputStream in = DocFigure.class.getResourceAsStream(REGISTRY)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + REGISTRY);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<DocFigure> out = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException(REGISTRY + ":" + (i + 1) + ": expected doc, quote and a source, tab-separated");
            }
            List<FigureSource> sources = new ArrayList<>();
            FigureSource previous = null;
            for (int k = 2; k < f.length; k++) {
                try {
                    previous = FigureSource.parse(f[k], previous);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(REGISTRY + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
                sources.add(previous);
            }
            DocFigure fig = new DocFigure(i + 1, f[0].strip(), f[1].replace("\\n", "\n"), List.copyOf(sources));
            int n = fig.figures().size();
            if (n == 0 ? sources.size() != 1 || !sources.get(0).verbatim() : n != sources.size()) {
                throw new IllegalStateException(REGISTRY + ":" + (i + 1) + ": " + n + " figures but " + sources.size()
                        + " sources (a quote without figures takes one file that holds it verbatim)");
            }
            out.add(fig);
        }
        return out;
    }
}
