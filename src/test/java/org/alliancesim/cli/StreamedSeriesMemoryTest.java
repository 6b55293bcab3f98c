package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} writes its series while the replications run, so memory does not grow with the
 * number of rows: a run whose {@code series.csv} is several times the JVM's whole heap finishes in
 * that heap, on two threads (so that some replications spool while they wait their turn), with
 * every row there once, in order.
 */
@org.alliancesim.Slow // starts child JVMs: in mvn verify, not the everyday suite
class StreamedSeriesMemoryTest {
    private static final int STATES = 50;
    private static final int STEPS = 60;
    private static final int REPS = 12;
    private static final int HEAP_MB = 40;

    @TempDir
    Path dir;

    /** A seeded world of {@code STATES} states: ids, capitals and power only, the first focal. */
    static String world(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder y = new StringBuilder("name: streamed\ntime: {start: 2000, unit: quarter, steps: " + STEPS
                + "}\nfocal: [S00]\ndefaultModule: balance-of-threat\nties: []\nstates:\n");
        for (int i = 0; i < STATES; i++) {
            y.append(String.format(Locale.ROOT, "  - id: S%02d\n    name: State %d\n    capital: {lat: %.2f, lon: %.2f}\n"
                    + "    power: {population: %.1f, economy: %.1f, military: %.1f}\n", i, i, r.nextDouble(-60, 60),
                    r.nextDouble(-180, 180), r.nextDouble(1, 300), r.nextDouble(10, 3000), r.nextDouble(1, 100)));
        }
        return y.toString();
    }

    @Test
    void seriesLargerThanTheHeapAreWrittenInThatHeap() throws Exception {
        Path scenario = Files.writeString(dir.resolve("world.yaml"), world(5), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "org.alliancesim.cli.Main", "run", scenario.toString(),
                "--theory", "balance-of-threat", "--reps", Integer.toString(REPS), "--threads", "2", "--quiet",
                "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Path series = out.resolve("series.csv");
        assertThat(Files.size(series)).as("series.csv against a %d MB heap", HEAP_MB)
                .isGreaterThan(2L * HEAP_MB << 20);
        long rows = 0;
        String previous = null;
        try (var lines = Files.newBufferedReader(series, StandardCharsets.UTF_8)) {
            assertThat(lines.readLine()).startsWith("theory,replication,step");
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String key = line.substring(0, line.indexOf(',', line.indexOf(',') + 1)); // theory,replication
                if (!key.equals(previous)) {
                    assertThat(key).isEqualTo("balance-of-threat," + (previous == null ? 0
                            : Integer.parseInt(previous.substring(previous.indexOf(',') + 1)) + 1));
                    previous = key;
                }
                rows++;
            }
        }
        assertThat(rows).isEqualTo((long) REPS * STEPS * STATES * (STATES - 1));
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("world.yaml", "out");
        }
    }
}
