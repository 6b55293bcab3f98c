package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Checks that a run's output folder is complete: every file present, whole and parseable. */
final class CompleteRun {
    static final List<String> FILES = List.of(org.alliancesim.output.OutputMarker.NAME, "events.csv", "manifest.json", "series.csv", "stability.png",
            "stability.svg", "summary.csv", "survival-summary.csv", "survival.csv", "survival.png", "survival.svg");

    private CompleteRun() {
    }

    static void assertComplete(Path out, int theories, int reps) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(FILES);
        }
        List<String> series = assertCsv(out.resolve("series.csv"), "theory,replication,step");
        assertThat(series.get(series.size() - 1).split(",")[1]).isEqualTo(Integer.toString(reps - 1));
        assertThat(series.stream().skip(1).map(l -> l.split(",")[0]).distinct().count()).isEqualTo(theories);
        assertCsv(out.resolve("events.csv"), "theory,replication,step");
        List<String> summary = assertCsv(out.resolve("summary.csv"), "theory,state,partner,replications");
        assertThat(summary.stream().skip(1).map(l -> l.split(",")[0]).distinct().count()).isEqualTo(theories);
        assertThat(summary.stream().skip(1)).allSatisfy(l -> assertThat(l.split(",")[3]).isEqualTo(Integer.toString(reps)));
        String manifest = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest.strip()).startsWith("{").endsWith("}");
        assertThat(manifest).contains("\"replications\": " + reps, "\"replicationSeeds\"", "\"sha256\"");
        byte[] png = Files.readAllBytes(out.resolve("stability.png"));
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(new String(Arrays.copyOfRange(png, png.length - 8, png.length - 4), StandardCharsets.US_ASCII))
                .isEqualTo("IEND");
        String svg = Files.readString(out.resolve("stability.svg")).strip();
        assertThat(svg.contains("<svg") && svg.endsWith("</svg>")).as("stability.svg is a whole SVG document").isTrue();
    }

    /** Every row has the header's number of fields and the file ends with a newline. */
    private static List<String> assertCsv(Path f, String headerStart) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith(headerStart);
        int fields = lines.get(0).split(",", -1).length;
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).as(f + ": " + l).hasSize(fields));
        return lines;
    }

    /** Hidden temporary folders beside {@code out}. */
    static List<Path> leftovers(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(".alliance-sim-tmp")).toList();
        }
    }

    /** A command to run the CLI in a fresh JVM with this test's class path. */
    static List<String> javaCommand(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.alliancesim.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
