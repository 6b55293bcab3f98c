package org.alliancesim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times commands as whole processes, as a user runs them: through the launcher when this JVM was
 * started by it (its per-command JVM settings and class-data-sharing archive apply), else with
 * {@code java -cp} on this JVM's class path and the default JVM settings. Each child records its own CPU time and peak resident
 * memory at exit ({@link ProcessFigures}); wall time and the load average are taken here.
 */
public final class WholeProcess {
    /** The environment variable the launcher sets to its own path. */
    public static final String LAUNCHER_ENV = "ALLIANCE_SIM_LAUNCHER";
    /** The command line's entry point, started by name so that bench does not depend on cli. */
    private static final String MAIN = "org.alliancesim.cli.Main";

    /**
     * One run of a command.
     *
     * @param cpuSeconds CPU time of the whole process
     * @param wallSeconds wall time, start to exit
     * @param peakRssMb peak resident memory, MiB
     * @param loadBefore the system's one-minute load average when the run started
     * @param exitCode the command's exit status
     */
    public record Run(double cpuSeconds, double wallSeconds, double peakRssMb, double loadBefore, int exitCode) {
    }

    private final List<String> prefix;
    private final Path scratch;

    private WholeProcess(List<String> prefix, Path scratch) {
        this.prefix = prefix;
        this.scratch = scratch;
    }

    /** Children are started through the launcher if this JVM came from it, else {@code java -cp}; files go under {@code scratch}. */
    public static WholeProcess here(Path scratch) {
        String launcher = System.getenv(LAUNCHER_ENV);
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return new WholeProcess(List.of(launcher), scratch);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new WholeProcess(List.of(java, "-cp", System.getProperty("java.class.path"), MAIN), scratch);
    }

    /** How the children are started (the launcher, or java -cp and the class path). */
    public String how() {
        return String.join(" ", prefix);
    }

    /** A fresh folder under the scratch folder, for one run's --out. */
    public Path folder(String name) throws IOException {
        Path p = scratch.resolve(name);
        delete(p);
        return p;
    }

    /** Runs {@code args} (a command line of alliance-sim) once; its output is discarded. */
    public Run run(List<String> args) throws IOException, InterruptedException {
        Path figures = scratch.resolve("figures.txt");
        Files.deleteIfExists(figures);
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        String tool = pb.environment().getOrDefault("JAVA_TOOL_OPTIONS", "");
        pb.environment().put("JAVA_TOOL_OPTIONS", (tool + " -D" + ProcessFigures.PROPERTY + "=" + figures).strip());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        ProcessFigures f = Files.exists(figures) ? ProcessFigures.read(figures)
                : new ProcessFigures(Double.NaN, Double.NaN);
        return new Run(f.cpuSeconds(), wall, f.peakRssMb(), load, code);
    }

    /** Deletes a file or folder tree if present. */
    public static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

}
