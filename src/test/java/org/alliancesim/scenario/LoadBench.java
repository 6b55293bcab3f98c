package org.alliancesim.scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Times scenario loading (not a test: timing stays out of the unit tests, which count work in
 * {@link LinearLoadingTest}). Loads a file, or a seeded world of N states, several times in one JVM
 * and prints the thread CPU of each load: the first is cold (classes loaded, code interpreted),
 * the later ones warm. Run from the checkout after {@code mvn test-compile}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.alliancesim.scenario.LoadBench FILE.yaml|N [loads]
 * </pre>
 *
 * (with {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt} for the class path).
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws ScenarioException {
        String what = args.length > 0 ? args[0] : "194";
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean generated = what.matches("\\d+");
        String text = generated ? LinearLoadingTest.world(Integer.parseInt(what), 1) : null;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < loads; k++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long lookups = NodeTrees.entriesScanned();
            ScenarioTemplate t = generated ? ScenarioTemplate.parse(text, "world-" + what + ".yaml")
                    : ScenarioTemplate.load(Path.of(what));
            long cpu = mx.getCurrentThreadCpuTime() - t0;
            System.out.printf(java.util.Locale.ROOT, "load %d: %.3f s CPU, %d states, %d entries scanned%n", k + 1,
                    cpu / 1e9, t.median(java.util.Map.of()).states().size(), NodeTrees.entriesScanned() - lookups);
        }
    }
}
