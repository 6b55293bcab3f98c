package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancesim.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile YAML: type tags naming Java classes, alias bombs, deep nesting and huge files. Each must
 * be refused with a clean {@link ScenarioException}, quickly, without constructing anything, and
 * (checked in a separate JVM with a small heap) in bounded memory.
 */
class HostileYamlTest {
    /** Generous: these refusals take milliseconds; an expanding or quadratic parse takes minutes. */
    private static final Duration QUICK = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static Stream<String> javaTags() {
        return Stream.of(
                "name: !!java.net.URL [\"http://127.0.0.1:1/\"]\n",
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n",
                "name: !!org.alliancesim.scenario.ConstructionProbe []\n",
                "name: !!org.alliancesim.scenario.ConstructionProbe [\"x\"]\n",
                "name: !!org.alliancesim.scenario.ConstructionProbe {}\n",
                "!!org.alliancesim.scenario.ConstructionProbe\nname: x\n",
                "name: x\nstates:\n  - !!org.alliancesim.scenario.ConstructionProbe {id: A}\n",
                "name: !<tag:yaml.org,2002:org.alliancesim.scenario.ConstructionProbe> []\n",
                "%TAG !j! tag:yaml.org,2002:org.alliancesim.scenario.\n---\nname: !j!ConstructionProbe []\n",
                "name: !!java.lang.ProcessBuilder [[\"touch\", \"/tmp/alliancesim-pwned\"]]\n");
    }

    @ParameterizedTest
    @MethodSource("javaTags")
    void typeTagsNamingJavaClassesConstructNothing(String text) {
        System.clearProperty(ConstructionProbe.TRACE);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(text, "evil.yaml"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("evil.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("type tag").contains("is not allowed");
        });
        assertThat(System.getProperty(ConstructionProbe.TRACE)).as("the probe class was loaded or built").isNull();
        assertThat(Path.of("/tmp/alliancesim-pwned")).doesNotExist();
    }

    static Stream<String> otherTags() {
        return Stream.of("name: !local x\n", "name: !!binary aGVsbG8=\n", "name: !!timestamp 2001-12-14\n",
                "name: x\nstates: !!set {a, b}\n", "name: x\nstates: !!omap [a: 1]\n");
    }

    @ParameterizedTest
    @MethodSource("otherTags")
    void anyTagBeyondThePlainOnesIsRefused(String text) {
        assertThatThrownBy(() -> ScenarioLoader.parse(text, "tags.yaml")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("tags.yaml:").hasMessageContaining("tag");
    }

    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("name: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int k = 1; k < 10; k++) {
            sb.append('a').append(k).append(": &a").append(k).append(" [");
            for (int r = 0; r < 9; r++) {
                sb.append(r == 0 ? "" : ", ").append("*a").append(k - 1);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        long t0 = System.nanoTime();
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse(billionLaughs(), "lol.yaml"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(QUICK);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lol.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).contains("aliases (*name) are not allowed");
        });
    }

    @Test
    void evenOneScalarAliasIsRefusedWithItsLine() {
        String text = MiniScenario.with("{lat: 30, lon: 40}", "{lat: &x 30, lon: *x}");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(text, "a.yaml"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("aliases");
        });
    }

    @Test
    void tenThousandLevelsOfFlowNestingAreRefusedQuicklyAtTheLineTooDeep() {
        String text = "name: " + "[\n".repeat(10_000) + "]\n".repeat(10_000);
        assertRefusedQuickly(text, "nesting deeper than " + YamlSource.MAX_DEPTH);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(text, "h.yaml"));
        assertThat(e.problems().get(0).line()).isEqualTo(YamlSource.MAX_DEPTH);
    }

    @Test
    void aThousandLevelsOfBlockNestingAreRefusedQuickly() {
        // indentation grows with depth, so this is as deep as block nesting gets under the size limit
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 1_000; k++) {
            sb.append(" ".repeat(k)).append("k").append(k).append(":\n");
        }
        assertRefusedQuickly(sb.toString(), "nesting deeper than " + YamlSource.MAX_DEPTH);
    }

    @Test
    void nestingJustUnderTheLimitIsReportedAsAnUnknownFieldNotACrash() {
        String text = "name: x\nextra: " + "[".repeat(YamlSource.MAX_DEPTH - 2) + "]".repeat(YamlSource.MAX_DEPTH - 2) + "\n";
        assertThatThrownBy(() -> ScenarioLoader.parse(text, "n.yaml")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("unknown field 'extra'");
    }

    @Test
    void tensOfMegabytesInMemoryAreRefusedQuickly() {
        String text = "name: big\ndescription: " + "x".repeat(30 * 1024 * 1024) + "\n";
        assertRefusedQuickly(text, "characters long; the limit is " + YamlSource.MAX_BYTES);
    }

    /** SnakeYAML scans one long token in quadratic time; such lines are refused before parsing. */
    @Test
    void halfAMegabyteOnOneLineIsRefusedQuicklyWithItsLine() {
        String text = "name: x\ndescription: " + "x".repeat(500_000) + "\n";
        long t0 = System.nanoTime();
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(text, "l.yaml"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(QUICK);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("the limit is " + YamlSource.MAX_LINE);
        });
    }

    @Test
    void longTextSpreadOverLinesIsFine() throws Exception {
        StringBuilder sb = new StringBuilder("description: >\n");
        for (int k = 0; k < 5000; k++) {
            sb.append("  ").append("word ".repeat(15)).append('\n');
        }
        String text = MiniScenario.TEXT + sb;
        assertThat(ScenarioLoader.parse(text, "long.yaml").description()).hasSizeGreaterThan(5000 * 70);
    }

    @Test
    void aThirtyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path f = hugeFile(dir.resolve("huge.yaml"), 30L * 1024 * 1024);
        long t0 = System.nanoTime();
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(QUICK);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f.toString());
            assertThat(p.message()).contains("the limit is " + YamlSource.MAX_BYTES);
        });
    }

    /**
     * The same refusals in a JVM with a 512 MB heap: a loader that expanded the bomb, recursed
     * through the nesting or read the huge file would die of OutOfMemoryError or overflow; a clean
     * refusal exits 2 with one error line per file. A file just under the size limit (tens of
     * thousands of states) is parsed in the same heap and refused for its number of states (at most
     * {@link ScenarioLoader#MAX_STATES}: running so many would need gigabytes).
     */
    @Test
    @Slow
    void refusedInBoundedMemory() throws Exception {
        Path bomb = Files.writeString(dir.resolve("lol.yaml"), billionLaughs());
        Path deep = Files.writeString(dir.resolve("deep.yaml"), "name: " + "{a:\n".repeat(10_000) + "1" + "}\n".repeat(10_000));
        Path huge = hugeFile(dir.resolve("huge.yaml"), 30L * 1024 * 1024);
        Path bigButAllowed = hugeFile(dir.resolve("big.yaml"), YamlSource.MAX_BYTES - 4096);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Xss512k", "-cp", System.getProperty("java.class.path"), "org.alliancesim.cli.Main", "validate",
                bomb.toString(), deep.toString(), huge.toString(), bigButAllowed.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).doesNotContain("OutOfMemoryError", "StackOverflowError", "Exception", "\tat ");
        assertThat(out).contains(bomb + ":3:10: aliases (*name) are not allowed")
                .contains(deep + ":40:1: nesting deeper than")
                .contains(huge + ": file is ")
                .contains(bigButAllowed + ":3:3: states: ").contains("a scenario may have at most " + ScenarioLoader.MAX_STATES);
    }

    private static void assertRefusedQuickly(String text, String says) {
        long t0 = System.nanoTime();
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(text, "h.yaml"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(QUICK);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("h.yaml");
            assertThat(p.message()).contains(says);
        });
    }

    /** A syntactically valid scenario-like file of about {@code bytes} bytes. */
    private static Path hugeFile(Path f, long bytes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("name: huge\nstates:\n");
            long written = 20;
            for (int k = 0; written < bytes - 100; k++) {
                String line = "  - {id: S" + k + ", capital: {lat: 1, lon: 2}, power: {composite: " + (k + 1) + "}}\n";
                w.write(line);
                written += line.length();
            }
        }
        return f;
    }
}
