package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same scenario + same seed = byte-identical CSV output, whatever the thread count and the
 * default locale; and the manifest alone is enough to repeat a run.
 */
class RunReproducibilityTest {
    private static final List<String> CSVS = List.of("series.csv", "events.csv", "summary.csv");
    private static final String[] ARGS = {"run", "scenarios/iran-russia.yaml", "--reps", "4", "--steps", "60",
            "--seed", "20231", "--quiet"};

    @TempDir
    static Path dir;
    private static Path reference;

    @BeforeAll
    static void referenceRun() {
        reference = dir.resolve("reference");
        CliRun r = run(reference, "--threads", "1");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static CliRun run(Path out, String... extra) {
        List<String> args = new ArrayList<>(Arrays.asList(ARGS));
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertSameCsvBytes(Path out) throws IOException {
        for (String f : CSVS) {
            assertThat(Files.readAllBytes(out.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
        }
    }

    @Test
    void theReferenceRunHasEventsToCompare() throws IOException {
        assertThat(Files.readAllLines(reference.resolve("events.csv"))).hasSizeGreaterThan(5);
        assertThat(Files.readAllLines(reference.resolve("series.csv"))).hasSizeGreaterThan(1000);
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws IOException {
        Path out = dir.resolve("two-threads");
        assertThat(run(out, "--threads", "2").exit()).isZero();
        assertSameCsvBytes(out);
    }

    @Test
    void fourThreadsWriteTheSameBytesAsOne() throws IOException {
        Path out = dir.resolve("four-threads");
        assertThat(run(out, "--threads", "4").exit()).isZero();
        assertSameCsvBytes(out);
    }

    /** German (decimal comma), Arabic (Arabic-Indic digits), Turkish (dotless i) default locales. */
    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "ar-EG", "tr-TR", "hi-IN-u-nu-deva"})
    void anotherDefaultLocaleWritesTheSameBytes(String tag) throws IOException {
        Locale old = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(tag));
        try {
            Path out = dir.resolve("locale-" + tag);
            CliRun r = run(out, "--threads", "2");
            assertThat(r.exit()).as(r.err()).isZero();
            assertSameCsvBytes(out);
        } finally {
            Locale.setDefault(old);
        }
    }

    @Test
    void anotherSeedGivesOtherResults() throws IOException {
        Path out = dir.resolve("other-seed");
        CliRun r = CliRun.of("run", "scenarios/iran-russia.yaml", "--reps", "4", "--steps", "60", "--seed", "20232",
                "--quiet", "--threads", "1", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("series.csv")))
                .isNotEqualTo(Files.readAllBytes(reference.resolve("series.csv")));
    }

    @Test
    void theManifestRecordsWhatIsNeededToRepeatTheRun() throws Exception {
        String m = Files.readString(reference.resolve("manifest.json"), StandardCharsets.UTF_8);
        String sha = sha256(Files.readAllBytes(Path.of("scenarios/iran-russia.yaml")));
        assertThat(m).contains("\"version\": \"", "\"file\": \"scenarios/iran-russia.yaml\"", "\"sha256\": \"" + sha + "\"",
                "\"seed\": 20231", "\"replications\": 4", "\"steps\": 60", "\"record\": ", "\"threads\": 1",
                "\"theories\": [", "\"balance-of-threat\"", "\"identity\"", "\"replicationSeeds\": [", "\"parameters\": {",
                "\"intentExponent\"", "\"java\": ");
        Matcher c = Pattern.compile("\"command\": \"alliance-sim ([^\"]*)\"").matcher(m);
        assertThat(c.find()).isTrue();
        String[] repeat = c.group(1).replace(reference.toString(), dir.resolve("repeated").toString()).split(" ");
        CliRun r = CliRun.of(repeat);
        assertThat(r.exit()).as(r.err()).isZero();
        assertSameCsvBytes(dir.resolve("repeated"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
