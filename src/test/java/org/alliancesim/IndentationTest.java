package org.alliancesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One formatter setting for the whole tree ({@code .editorconfig}): Java is indented with four
 * spaces. A file indented with two has its members two spaces in, which no four-space file has
 * outside a text block, so that is what this looks for, in main and test sources alike.
 */
class IndentationTest {
    private static final List<Path> ROOTS = List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"),
            Path.of("src", "jmh", "java"));

    /** The 1-based lines indented by exactly two spaces, outside text blocks. */
    static List<Integer> twoSpaceLines(String source) {
        List<Integer> out = new ArrayList<>();
        boolean inTextBlock = false;
        String[] lines = source.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (!inTextBlock && line.startsWith("  ") && line.length() > 2 && line.charAt(2) != ' '
                    && line.charAt(2) != '*') {
                out.add(k + 1);
            }
            int quotes = 0;
            for (int i = line.indexOf("\"\"\""); i >= 0; i = line.indexOf("\"\"\"", i + 3)) {
                quotes++;
            }
            if (quotes % 2 == 1) {
                inTextBlock = !inTextBlock;
            }
        }
        return out;
    }

    @Test
    void noJavaFileIsIndentedWithTwoSpaces() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<Integer> lines = twoSpaceLines(Files.readString(p, StandardCharsets.UTF_8));
                    if (!lines.isEmpty()) {
                        found.add(p + ":" + lines.get(0) + " (" + lines.size() + " lines)");
                    }
                }
            }
        }
        assertThat(found).as("files indented with two spaces; .editorconfig asks for four").isEmpty();
    }

    @Test
    void theCheckSeesTwoSpacesButNotFourNorTextBlocksNorComments() {
        String two = "class A {\n  int x;\n\n  /**\n   * doc\n   */\n  void f() {\n    x = 1;\n  }\n}\n";
        assertThat(twoSpaceLines(two)).containsExactly(2, 4, 7, 9);
        String four = """
                class B {
                    /** doc
                     * more
                     */
                    String yaml = \"""
                  name: x
                  states: []
                  \""";
                    int y = 1;
                }
                """;
        assertThat(four.lines()).contains("  name: x"); // two spaces in, but inside a text block
        assertThat(twoSpaceLines(four)).isEmpty();
    }
}
