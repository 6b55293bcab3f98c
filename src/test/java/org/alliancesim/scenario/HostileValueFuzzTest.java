package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.SeriesRecorder;
import org.alliancesim.output.SeriesText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mutation kinds the hostile-user report of issue 18 found that the general fuzzer did not
 * try, {@value #CASES} seeded cases per kind. A mutant either is refused with problems naming the
 * file, or loads; a mutant that loads has only safe state ids (so no CSV the project writes can be
 * shifted) and runs under every theory with only finite numbers reaching the outputs (the
 * invariant {@code NonFiniteException} enforces; here it must never fire, because the inputs are
 * bounded).
 */
class HostileValueFuzzTest {
    static final int CASES = 400;
    private static final String[] BAD_ID_PARTS = {",", "\"", "\n", "\r", "\r\n", " ", "", "\t", "'", "-", ".", "é",
            "\u0000", "\uFEFF", ";", "|", "A,B", "\"X\"", "1", "x".repeat(40)};
    private static final String[] HUGE = {"1e303", "1.7e308", "-1e303", "9.9e307", "1e16", "1e15", "999999999999999",
            "1e200", "4e15", "123456789012345678"};
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_])\\d+(\\.\\d+)?(?![A-Za-z_])");

    enum Kind { STATE_ID, HUGE_NUMBER, ID_AND_NUMBER }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyMutantIsRefusedOrRunsWithSafeIdsAndFiniteNumbers(Kind kind) throws IOException {
        List<String> corpus = ScenarioFuzzTest.corpus();
        SplittableRandom random = new SplittableRandom(18L * 1000 + kind.ordinal());
        int loaded = 0;
        int refused = 0;
        for (int k = 0; k < CASES; k++) {
            SplittableRandom r = random.split();
            String text = corpus.get(k % corpus.size());
            text = switch (kind) {
                case STATE_ID -> badId(text, r);
                case HUGE_NUMBER -> huge(text, r);
                case ID_AND_NUMBER -> huge(badId(text, r), r);
            };
            String name = kind + "-" + k + ".yaml";
            Scenario s;
            try {
                s = ScenarioLoader.parse(text, name);
            } catch (ScenarioException e) {
                refused++;
                assertThat(e.problems()).as(name).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(name));
                continue;
            }
            loaded++;
            assertThat(s.states()).as(name).allSatisfy(st -> assertThat(st.id()).matches(ScenarioLoader.SAFE_ID));
            int steps = Math.min(4, s.time().steps());
            for (String theory : org.alliancesim.decision.Theories.names()) {
                SeriesText series = new SeriesText(s, steps);
                try {
                    Replication.Result res = Replication.run(s, theory, 0, k, steps,
                            List.of(new SeriesRecorder(theory, 0, RecordMode.ALL, series)));
                    assertThat(series.rows()).doesNotContain(",,").doesNotContain("inf");
                    for (double[] row : res.finalCommitment()) {
                        for (double v : row) {
                            assertThat(Double.isFinite(v)).isTrue();
                        }
                    }
                } catch (RuntimeException e) {
                    throw new AssertionError(name + " under " + theory + " threw " + e + "\n" + text, e);
                }
            }
        }
        System.out.printf(Locale.ROOT, "hostile fuzz %s: %d cases, %d loaded and ran under every theory, %d refused%n",
                kind, CASES, loaded, refused);
        assertThat(loaded + refused).isEqualTo(CASES);
        assertThat(refused).as("some mutants must be refused").isPositive();
    }

    /** Replaces every occurrence of one state id of the scenario by a hostile one (so references stay consistent). */
    static String badId(String text, SplittableRandom r) {
        Matcher m = Pattern.compile("(?m)^\\s*- id: ([A-Za-z0-9_]+)\\s*$").matcher(text);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            return text;
        }
        String id = ids.get(r.nextInt(ids.size()));
        String part = BAD_ID_PARTS[r.nextInt(BAD_ID_PARTS.length)];
        String bad = switch (r.nextInt(3)) {
            case 0 -> part;
            case 1 -> id + part;
            default -> part + id;
        };
        String quoted = "\"" + bad.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
        return text.replaceAll("\\b" + Pattern.quote(id) + "\\b", Matcher.quoteReplacement(quoted));
    }

    /** Replaces one to three numbers by huge ones. */
    static String huge(String text, SplittableRandom r) {
        String out = text;
        for (int t = 1 + r.nextInt(3); t > 0; t--) {
            Matcher m = NUMBER.matcher(out);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            if (spans.isEmpty()) {
                return out;
            }
            int[] s = spans.get(r.nextInt(spans.size()));
            out = out.substring(0, s[0]) + HUGE[r.nextInt(HUGE.length)] + out.substring(s[1]);
        }
        return out;
    }
}
