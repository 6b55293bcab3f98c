package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value #CASES} seeded mutants of the bundled events file (scenarios/history/iran-russia-events.csv)
 * with the report's mutation kinds: unclosed quotes, NUL bytes, a BOM, impossible dates, extra and
 * missing fields, Latin-1 and UTF-16 bytes, stray line breaks. Each either reads, with every date
 * valid, or is refused with an IOException naming the file and a line; never another exception.
 */
class EventsFuzzTest {
    static final int CASES = 2_000;
    private static final String[] INSERTS = {"\"", ",", "\n", "\r\n", "\u0000", "\uFEFF", "-13", "-45", "-02-30", "\"\"",
            ",extra", "2023-13-45", "\t", " "};

    @TempDir
    Path dir;

    @Test
    void everyMutantReadsOrIsRefusedWithFileAndLine() throws IOException {
        byte[] base = Files.readAllBytes(Path.of("scenarios/history/iran-russia-events.csv"));
        SplittableRandom random = new SplittableRandom(18_2026L);
        int read = 0;
        int refused = 0;
        for (int k = 0; k < CASES; k++) {
            SplittableRandom r = random.split();
            byte[] bytes = mutate(base, r);
            Path f = Files.write(dir.resolve("e" + k + ".csv"), bytes);
            try {
                for (DatedEvent e : DatedEvent.read(f)) {
                    assertThat(e.year()).isBetween(0.0, 10_000.0);
                }
                read++;
            } catch (IOException e) {
                refused++;
                assertThat(e.getMessage()).as("mutant " + k).startsWith(f + ":").matches("(?s).*\\.csv:\\d+: .*");
            } catch (RuntimeException e) {
                throw new AssertionError("mutant " + k + " threw " + e, e);
            }
            Files.delete(f);
        }
        System.out.printf(Locale.ROOT, "events fuzz: %d mutants, %d read, %d refused with file and line%n", CASES, read, refused);
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }

    private static byte[] mutate(byte[] base, SplittableRandom r) {
        String text = new String(base, StandardCharsets.UTF_8);
        for (int t = 1 + r.nextInt(3); t > 0; t--) {
            int at = r.nextInt(text.length() + 1);
            switch (r.nextInt(4)) {
                case 0, 1 -> text = text.substring(0, at) + INSERTS[r.nextInt(INSERTS.length)] + text.substring(at);
                case 2 -> text = text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(8)));
                default -> {
                    byte[] b = text.getBytes(r.nextBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16);
                    return r.nextBoolean() ? b : (text + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
                }
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
