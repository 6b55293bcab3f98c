package org.alliancesim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure the user docs quote, as registered in {@code src/test/resources/docs/figures.tsv},
 * still stands in the doc and equals what its source says: a committed example output under
 * {@code results/examples/} (which {@code results/examples/regenerate.sh} rewrites with the commands
 * the docs give, and {@code ExamplesRegenerateTest} checks for the cheap ones), or a unit test. A
 * doc edited without its registry line, or an output that drifted from the doc, fails here with the
 * registry line, the quote, the figure and the value.
 */
class DocFiguresTest {

    static List<DocFigure> figures() {
        return DocFigure.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theQuoteStandsInTheDocAndEachFigureEqualsItsSource(DocFigure fig) {
        String doc = Figures.normalise(FigureSource.read(fig.doc()));
        String literal = Figures.normalise(fig.literal());
        assertThat(doc).as("%s: the quote is no longer in %s (edit the doc and figures.tsv:%d together)",
                fig, fig.doc(), fig.line()).contains(literal);
        List<String> figures = fig.figures();
        if (figures.isEmpty()) {
            FigureSource src = fig.sources().get(0);
            assertThat(Figures.normalise(src.text())).as("%s: verbatim in %s", fig, src).contains(literal);
            return;
        }
        for (int i = 0; i < figures.size(); i++) {
            String figure = figures.get(i);
            FigureSource src = fig.sources().get(i);
            if (src.testClass() != null) {
                String test = FigureSource.read(src.testSource().toString()).replace('\u2212', '-');
                assertThat(test).as("%s: figure %s is checked by %s", fig, figure, src)
                        .contains(figure.replace('\u2212', '-'));
                continue;
            }
            String value = src.value();
            assertThat(Figures.matches(figure, value))
                    .as("%s: figure %s of the doc, but %s gives %s", fig, figure, src, value).isTrue();
        }
    }

    /** The registry covers every page that quotes model figures, so a page cannot drop out of it. */
    @Test
    void everyPageWithModelFiguresIsRegistered() {
        Map<String, Long> byDoc = figures().stream()
                .collect(Collectors.groupingBy(DocFigure::doc, TreeMap::new, Collectors.counting()));
        assertThat(byDoc.keySet()).contains("README.md", "docs/termination.md", "docs/experiments.md",
                "docs/landscape.md", "docs/backtest.md", "docs/classroom.md", "scenarios/landscape/README.md");
    }

    /**
     * Every committed output a figure comes from is written by one of the regeneration scripts
     * (named there by its folder or file), so each quoted figure has a documented command behind it.
     */
    @Test
    void everyCommittedSourceIsWrittenByARegenerationScript() {
        String scripts = FigureSource.read("results/examples/regenerate.sh")
                + FigureSource.read("docs/img/classroom/regenerate.sh").replace("$out/", "docs/img/classroom/")
                        .replace("$out", "docs/img/classroom");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (DocFigure fig : figures()) {
            for (FigureSource src : fig.sources()) {
                String file = src.file();
                if (file == null || !(file.startsWith("results/examples/") || file.startsWith("docs/img/"))) {
                    continue;
                }
                String[] parts = file.split("/");
                String folder = String.join("/", java.util.Arrays.copyOf(parts, Math.min(parts.length - 1, 4)));
                String name = parts[parts.length - 1];
                if (!scripts.contains(folder + "/") && !scripts.contains(folder + " ") && !scripts.contains(name)
                        && !scripts.contains(file)) {
                    missing.add(file);
                }
            }
        }
        assertThat(missing).as("sources no regeneration script writes").isEmpty();
    }

    /** The source forms on a file of known content (paths are relative, so it lives under target/). */
    @Test
    void sourcesSelectFilterAndReduce() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "doc-figures-test"));
        java.nio.file.Path csv = dir.resolve("t.csv");
        java.nio.file.Files.writeString(csv, "theory,x,share\na,0.15,0\na,0.15,0.2\na,0.05,1\nb,0.05,0.1\n");
        String f = csv.toString().replace('\\', '/');
        assertThat(FigureSource.parse(f + " @ theory=a&x=0.05 : share", null).value()).isEqualTo("1");
        FigureSource first = FigureSource.parse(f + " @ theory=a&x=0.15 : max(share) %", null);
        assertThat(first.value()).isEqualTo("20");
        assertThat(FigureSource.parse(": min(share)", first).value()).isEqualTo("0");
        assertThat(FigureSource.parse(f + " @ share>=0.1&theory!=b : max(x)", null).value()).isEqualTo("0.15");
        assertThat(FigureSource.parse(f + " @ share<=0.1 : count", null).value()).isEqualTo("2");
        assertThat(FigureSource.parse(f + " ~ ^b,(\\S+?),", null).value()).isEqualTo("0.05");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FigureSource.parse(f + " @ theory=a : x", null).value())
                .hasMessageContaining("differ in x");
    }

    /** The comparison rules themselves. */
    @Test
    void figuresAreComparedAtTheirOwnPrecision() {
        assertThat(Figures.matches("0.66", "-0.659346")).isFalse();
        assertThat(Figures.matches("\u22120.66", "-0.659346")).isTrue();
        assertThat(Figures.matches("0.51", "0.506843")).isTrue();
        assertThat(Figures.matches("0.00", "0.002791")).isTrue();
        assertThat(Figures.matches("20%", Figures.times100("0.2"))).isTrue();
        assertThat(Figures.matches("0.516", "0.516 [0.494, 0.534]")).isTrue();
        assertThat(Figures.matches("0.517", "0.516 [0.494, 0.534]")).isFalse();
        assertThat(Figures.matches("100,100", "100100")).isTrue();
        assertThat(Figures.matches("coalition", "coalition")).isTrue();
        assertThat(Figures.matches("coalition", "alignment")).isFalse();
        assertThat(Figures.matches("+1.173", "1.1733057768370256")).isTrue();
    }
}
