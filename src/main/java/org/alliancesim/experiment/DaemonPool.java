package org.alliancesim.experiment;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one way the simulation makes a pool of worker threads: a fixed number of daemon threads, all
 * named alike so that a thread dump says whose they are. Daemon, so that a pool a failed command
 * leaves behind never keeps the JVM alive; results never depend on which thread ran what
 * (replication seeds derive from the run's seed and the replication number only).
 */
public final class DaemonPool {
    private DaemonPool() {
    }

    /**
     * @param threads how many threads, at least 1
     * @param name every thread's name (e.g. {@code alliance-sim-run})
     */
    public static ExecutorService fixed(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
