package org.alliancesim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a whole process cost, as the process itself sees it just before it exits: CPU time of all
 * its threads since the JVM started (JIT compiler, collector and class loading included) and its
 * peak resident memory ({@code VmHWM}, Linux). A process started with the system property
 * {@value #PROPERTY} set to a file writes the two figures there at exit (see {@code cli.Main}), so
 * that {@code bench --whole} can time commands as users run them, launcher settings included.
 *
 * @param cpuSeconds user + system CPU seconds of the process (JVM teardown after the record not counted)
 * @param peakRssMb largest resident set, MiB (NaN where the system does not say)
 */
public record ProcessFigures(double cpuSeconds, double peakRssMb) {
    /** The system property naming the file to write the figures to. */
    public static final String PROPERTY = "alliance-sim.process-figures";

    /** Writes this process's figures to the file named by {@value #PROPERTY}, if set; errors are ignored. */
    public static void recordIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return;
        }
        try {
            ProcessFigures f = ofThisProcess();
            Files.writeString(Path.of(file), f.cpuSeconds() + " " + f.peakRssMb() + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // a measurement that cannot be written is simply missing: the parent reports it
        }
    }

    /** This process's figures now. */
    public static ProcessFigures ofThisProcess() {
        double cpu = Double.NaN;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            cpu = ns < 0 ? Double.NaN : ns / 1e9;
        }
        return new ProcessFigures(cpu, peakRss());
    }

    /** Reads the figures a child process wrote (see {@link #recordIfAsked}). */
    public static ProcessFigures read(Path file) throws IOException {
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
        return new ProcessFigures(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    }

    private static double peakRss() {
        Path status = Path.of("/proc/self/status");
        try {
            List<String> lines = Files.readAllLines(status, StandardCharsets.UTF_8);
            for (String l : lines) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no peak resident size
        }
        return Double.NaN;
    }
}
