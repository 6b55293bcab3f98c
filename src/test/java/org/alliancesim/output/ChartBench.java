package org.alliancesim.output;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.alliancesim.decision.Theories;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.ReplicationRunner;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;
import org.jfree.svg.SVGGraphics2D;

/**
 * Thread CPU of what a run does after its replications (not a test: timing stays out of the unit
 * tests): {@code summary.csv}, then the stability chart's parts one by one: building the panels,
 * drawing the PNG's image, encoding it, drawing the SVG and writing its document (into memory). Runs a scenario's default theories once ({@code --reps 1}, seed 1, as {@code run
 * FILE --record none --reps 1 --steps N} does), then repeats the outputs in one JVM: the first
 * pass is what a run pays (classes loaded, native set-up, the compiler at work), the last about
 * the warm cost. With a reference folder the bytes of each pass are compared with its
 * {@code summary.csv}, {@code stability.png} and {@code stability.svg}. Run from the checkout
 * after {@code mvn test-compile}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1 \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.alliancesim.output.ChartBench [FILE.yaml [steps [passes [REFERENCE-FOLDER]]]]
 * </pre>
 *
 * (with {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt} for the class path; the
 * default file is the 2010 world of the session's references, {@code /work/ref/w2010.yaml}).
 * Options: {@code -Dchartbench.finish=true} first writes the run as {@code run} does and prints
 * the CPU of {@link RunOutputs#finish} (the main thread's, and the process's: with the compiler
 * and the collector), so that the passes after it are warm; {@code -Dchartbench.metal=true}
 * keeps Swing's default look and feel instead of {@link FigureLook} ({@code cli.Main}'s choice);
 * {@code -Dchartbench.marks=true} prints {@code System.nanoTime()} and the JVM's uptime at each
 * clock reading, to cut a {@code perf record -k CLOCK_MONOTONIC} profile or a
 * {@code -XX:+PrintCompilation} log into the same parts. Class-data sharing works from jars only:
 * with {@code target/alliance-sim.jar} and a jar of this class on the class path and
 * {@code -XX:ArchiveClassesAtExit} once, the first pass is what the launcher's run pays.
 */
public final class ChartBench {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    /** Whether to print System.nanoTime (CLOCK_MONOTONIC) at each clock, for {@code perf record -k CLOCK_MONOTONIC}. */
    private static final boolean MARKS = Boolean.getBoolean("chartbench.marks");

    private ChartBench() {
    }

    public static void main(String[] args) throws Exception {
        // as cli.Main does
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        if (!Boolean.getBoolean("chartbench.metal")) {
            FigureLook.install();
        }
        Path file = Path.of(args.length > 0 ? args[0] : "/work/ref/w2010.yaml");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path ref = args.length > 3 ? Path.of(args[3]) : null;
        Scenario scenario = ScenarioTemplate.load(file).median(java.util.Map.of());
        RunRequest req = new RunRequest(scenario, Theories.DEFAULTS, 1, 1, steps, 1, RecordMode.NONE);
        RunAggregate agg;
        if (Boolean.getBoolean("chartbench.finish")) {
            agg = finish(req);
        } else {
            agg = new RunAggregate(scenario, steps);
            ReplicationRunner.run(req, agg::add, n -> { });
        }
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = cpu();
            ByteArrayOutputStream summary = new ByteArrayOutputStream(1 << 24);
            SummaryWriter.write(agg, summary);
            long t1 = cpu();
            PanelGrid grid = StabilityChart.build(agg);
            long t2 = cpu();
            var image = grid.image();
            long t3 = cpu();
            ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
            PngFile.write(image, png);
            long t4 = cpu();
            SVGGraphics2D g = SvgFile.graphics(grid.width(), grid.height());
            grid.draw(g);
            long t5 = cpu();
            ByteArrayOutputStream svgOut = new ByteArrayOutputStream(1 << 20);
            SvgFile.write(g, svgOut);
            long t6 = cpu();
            byte[] svg = svgOut.toByteArray();
            System.out.printf(Locale.ROOT, "pass %d  summary %.3f  build %.3f  png-draw %.3f  png-encode %.3f"
                    + "  svg-draw %.3f  svg-write %.3f  chart %.3f s%s%n", pass, s(t1 - t0), s(t2 - t1),
                    s(t3 - t2), s(t4 - t3), s(t5 - t4), s(t6 - t5), s(t6 - t1),
                    ref == null ? "" : same(ref, summary.toByteArray(), png.toByteArray(), svg));
        }
    }

    /**
     * The run written as {@code run} writes it, into a temporary folder (removed after), with the
     * thread CPU of {@link RunOutputs#finish} printed: all a run does after its replications.
     */
    private static RunAggregate finish(RunRequest req) throws Exception {
        Path dir = Files.createTempDirectory("chartbench");
        Path out = dir.resolve("out");
        try (OutputFolder folder = OutputFolder.create(out, false); RunOutputs outputs = new RunOutputs(folder, req)) {
            ReplicationRunner.run(req, null, outputs.series(), outputs::accept, n -> { });
            long p0 = processCpu();
            long t0 = cpu();
            outputs.finish("chartbench");
            long t1 = cpu();
            System.out.printf(Locale.ROOT, "finish %.3f s (process %.3f s: with the compiler and collector)%n",
                    s(t1 - t0), s(processCpu() - p0));
            return outputs.aggregate();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String same(Path ref, byte[] summary, byte[] png, byte[] svg) throws java.io.IOException {
        return "  summary " + eq(ref.resolve("summary.csv"), summary) + " png " + eq(ref.resolve("stability.png"), png)
                + " svg " + eq(ref.resolve("stability.svg"), svg);
    }

    private static String eq(Path f, byte[] b) throws java.io.IOException {
        return Arrays.equals(Files.readAllBytes(f), b) ? "same" : "DIFFERENT";
    }

    private static long cpu() {
        if (MARKS) {
            System.out.println("mark " + System.nanoTime() + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return MX.getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double s(long ns) {
        return ns / 1e9;
    }
}
