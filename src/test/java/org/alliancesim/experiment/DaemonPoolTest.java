package org.alliancesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared worker pool: daemon threads with the given name, never more than asked for. */
class DaemonPoolTest {

    @Test
    void runsOnAtMostTheGivenNumberOfNamedDaemonThreads() throws Exception {
        ExecutorService pool = DaemonPool.fixed(2, "alliance-sim-test");
        try {
            Set<Thread> seen = ConcurrentHashMap.newKeySet();
            CountDownLatch bothBusy = new CountDownLatch(2);
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                done.add(pool.submit(() -> {
                    seen.add(Thread.currentThread());
                    bothBusy.countDown();
                    bothBusy.await(10, TimeUnit.SECONDS);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertThat(seen).hasSize(2).allSatisfy(t -> {
                assertThat(t.isDaemon()).isTrue();
                assertThat(t.getName()).isEqualTo("alliance-sim-test");
            });
        } finally {
            pool.shutdownNow();
        }
    }
}
