package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.alliancesim.Slow;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.RandomWorlds;
import org.junit.jupiter.api.Test;

/**
 * Feeds 10,500 mutated scenario files to the loader: each must load, or fail with a
 * {@link ScenarioException} whose every problem names the file; never another exception or
 * Error. The mutants come from the bundled scenarios (plus the mini scenario and a few random
 * worlds), each with one to four mutations: deleted, duplicated, swapped, re-indented or cut
 * lines, flipped characters, extreme numbers, stray YAML tokens, renamed keys and ids. A mutant
 * that loads must also run: validation promises that a loaded scenario is consistent.
 */
@Slow
class ScenarioFuzzTest {
    static final int CASES = 10_500;
    private static final String[] EXTREMES = {"-1", "0", "-0", "1e308", "-1e308", "1e-320", ".nan", ".inf", "-.inf",
            "2147483648", "-2147483649", "99999999999999999999", "0x7fffffff", "0o17", "1_000", "1.5", "-0.0001",
            "true", "null", "~", "''", "[]", "{}"};
    private static final String[] TOKENS = {"&a ", "*a", "!!", "!!java.net.URL ", "!x ", "{", "}", "[", "]", "- ", ": ",
            "? ", "|", ">", "%YAML 1.1", "---", "...", "\t", "#", "'", "\"", "@", "`", "<<: *a", ",", "\\", "\u0085",
            "\uFEFF", "\u00e9", "\uD83D\uDE00", "\r", "=", "!!binary ", "!!set ", "%TAG ! tag:x,2002:"};
    private static final String[] KEYS = {"name", "id", "states", "focal", "ties", "events", "perceives", "power",
            "capital", "lat", "lon", "time", "steps", "between", "type", "step", "ramp", "value", "partner", "gains",
            "trade", "factions", "regime", "parameters", "threat", "ties", "module", "level", "km", "composite"};

    static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        assertThat(texts).as("bundled scenarios").isNotEmpty();
        texts.add(MiniScenario.TEXT);
        texts.add(RandomWorlds.yaml(1, 20));
        texts.add(RandomWorlds.yaml(2, 20));
        return texts;
    }

    @Test
    void everyMutantLoadsOrFailsCleanly() throws IOException {
        List<String> corpus = corpus();
        SplittableRandom random = new SplittableRandom(20260401L);
        int loaded = 0;
        int refused = 0;
        long problems = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < CASES; k++) {
            SplittableRandom r = random.split();
            String base = corpus.get(k % corpus.size());
            String text = mutate(base, r, 1 + r.nextInt(4));
            String name = "mutant-" + k + ".yaml";
            try {
                Scenario s = ScenarioLoader.parse(text, name);
                loaded++;
                new AllianceModel(s, null, k).runSteps(Math.min(3, s.time().steps()));
            } catch (ScenarioException e) {
                refused++;
                problems += e.problems().size();
                assertThat(e.problems()).as(name).isNotEmpty();
                for (Problem p : e.problems()) {
                    if (!name.equals(p.file()) || p.message() == null || p.message().isBlank()) {
                        fail("mutant %d: problem without file or message: %s%n%s", k, p, text);
                    }
                }
            } catch (Throwable t) {
                throw new AssertionError("mutant " + k + " threw " + t + "; its text:\n" + text, t);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "fuzz: %d mutants, %d loaded and ran, %d refused with %d problems, %.1f s%n",
                CASES, loaded, refused, problems, seconds);
        assertThat(loaded + refused).isEqualTo(CASES);
        assertThat(loaded).as("some mutants must still load").isGreaterThan(CASES / 20);
        assertThat(refused).as("most mutants must be refused").isGreaterThan(CASES / 3);
    }

    static String mutate(String text, SplittableRandom r, int times) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int t = 0; t < times && !lines.isEmpty(); t++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(12)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    int j = r.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 3 -> lines.set(i, flip(line, r));
                case 4 -> lines.set(i, replaceNumber(line, EXTREMES[r.nextInt(EXTREMES.length)], r));
                case 5 -> lines.set(i, insert(line, TOKENS[r.nextInt(TOKENS.length)], r));
                case 6 -> {
                    return String.join("\n", lines).substring(0, r.nextInt(Math.max(1, String.join("\n", lines).length())));
                }
                case 7 -> lines.set(i, r.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                case 8 -> lines.set(i, line.replaceFirst("[A-Za-z]+:", KEYS[r.nextInt(KEYS.length)] + ":"));
                case 9 -> lines.set(i, line.replaceFirst("\\b[A-Z]{3}\\b", r.nextBoolean() ? "XYZ" : "IRN"));
                case 10 -> lines.set(i, replaceNumber(line, Double.toString((r.nextDouble() - 0.5) * Math.pow(10,
                        r.nextInt(12) - 3)), r));
                default -> lines.add(i, "  ".repeat(r.nextInt(4)) + KEYS[r.nextInt(KEYS.length)] + ": "
                        + EXTREMES[r.nextInt(EXTREMES.length)]);
            }
        }
        return String.join("\n", lines) + (r.nextBoolean() ? "\n" : "");
    }

    private static String flip(String line, SplittableRandom r) {
        if (line.isEmpty()) {
            return String.valueOf((char) r.nextInt(32, 127));
        }
        char[] c = line.toCharArray();
        int at = r.nextInt(c.length);
        c[at] = r.nextInt(4) == 0 ? (char) r.nextInt(0x20, 0x3000) : (char) r.nextInt(32, 127);
        return new String(c);
    }

    private static String insert(String line, String token, SplittableRandom r) {
        int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
        return line.substring(0, at) + token + line.substring(at);
    }

    private static String replaceNumber(String line, String with, SplittableRandom r) {
        var m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return line;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return line.substring(0, s[0]) + with + line.substring(s[1]);
    }
}
