package org.alliancesim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user docs stay inside the repository: none names THEORY.md (the digest kept outside it;
 * docs/theory.md is the project's own account), and every relative link or image of a markdown page
 * leads to a file of the checkout, and to a heading of it when it names one.
 */
class DocLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    /** {@code [text](target)} and {@code ![alt](target)}, the target up to a space or ')'. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    /** README, BENCHMARKS, docs/, the scenario folders' READMEs and the committed example reports. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("BENCHMARKS.md")));
        for (String dir : List.of("docs", "scenarios", "results/examples")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    @Test
    void noUserDocScenarioOrUserFacingTextNamesTheDigestOutsideTheRepository() throws IOException {
        List<Path> files = new ArrayList<>(pages());
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".csv")).forEach(files::add);
        }
        try (Stream<Path> s = Files.walk(Path.of("src", "main"))) {   // help texts, the GUI's About page
            s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|txt|html|md|properties)$"))
                    .forEach(files::add);
        }
        files.add(Path.of("CITATION.cff"));
        List<String> hits = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("THEORY.md")) {
                    hits.add(f + ":" + (i + 1));
                }
            }
        }
        assertThat(hits).as("THEORY.md is not in the repository: point to docs/theory.md").isEmpty();
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheCheckout() throws IOException {
        List<String> broken = new ArrayList<>();
        java.util.Map<Path, List<String>> anchors = new java.util.HashMap<>();
        for (Path page : pages()) {
            String text = withoutCode(Files.readString(page));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? page.toAbsolutePath().normalize()
                        : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!resolved.startsWith(ROOT)) {
                    broken.add(page + ": " + target + " leads outside the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " does not exist");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(resolved, DocLinksTest::anchors).contains(anchor)) {
                    broken.add(page + ": " + target + " names no heading of " + ROOT.relativize(resolved));
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** The text without fenced code blocks, where brackets are code, not links. */
    private static String withoutCode(String text) {
        return text.replaceAll("(?s)```.*?```", "");
    }

    /** GitHub's heading anchors of a page: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path page) {
        return withoutCode(FigureSource.read(page.toString())).lines().filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .toList();
    }
}
