package org.alliancesim.landscape;

/**
 * Not a unit test: prints how long {@link ExactEnumerator} takes on random landscapes, as wall
 * time and as the thread's CPU time (which does not grow when other processes share the cores).
 * Run with {@code java -cp target/classes:target/test-classes org.alliancesim.landscape.LandscapeTiming 20 25}.
 */
public final class LandscapeTiming {

    private LandscapeTiming() {
    }

    public static void main(String[] args) {
        for (String arg : args.length == 0 ? new String[] {"20", "25"} : args) {
            int n = Integer.parseInt(arg);
            Landscape landscape = random(n, 42);
            for (int run = 1; run <= 3; run++) {
                Runtime.getRuntime().gc();
                java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                LandscapeResult result = new ExactEnumerator().enumerate(landscape);
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("N=%d run %d: %.3f s wall, %.3f s CPU, %d minima, global E=%.4f basin=%.4f, heap used %d MB%n",
                        n, run, (t1 - t0) / 1e9, (c1 - c0) / 1e9, result.minima().size(), result.globalMinimum().energy(),
                        result.globalMinimum().basin(), (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
    }

    static Landscape random(int n, long seed) {
        return org.alliancesim.bench.LandscapeReach.random(n, seed);
    }
}
