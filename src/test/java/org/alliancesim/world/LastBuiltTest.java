package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The last key's value is built once and shared; a caller with another key does not wait for a build. */
class LastBuiltTest {

    private static LastBuilt<String, String> cache() {
        return new LastBuilt<>() {
            @Override
            protected boolean same(String a, String b) {
                return a.equals(b);
            }
        };
    }

    @Test
    void theSameKeyIsBuiltOnceAndAnotherKeyBuildsAgain() {
        LastBuilt<String, String> c = cache();
        AtomicInteger builds = new AtomicInteger();
        String first = c.get("a", k -> k + builds.incrementAndGet());
        assertThat(c.get("a", k -> k + builds.incrementAndGet())).isSameAs(first).isEqualTo("a1");
        assertThat(c.get("b", k -> k + builds.incrementAndGet())).isEqualTo("b2");
        assertThat(c.get("a", k -> k + builds.incrementAndGet())).as("only the last key is kept").isEqualTo("a3");
    }

    @Test
    void aCallerWithAnotherKeyDoesNotWaitForABuildInProgress() throws Exception {
        LastBuilt<String, String> c = cache();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> slow = pool.submit(() -> c.get("a", k -> {
                building.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "built " + k;
            }));
            assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> other = pool.submit(() -> c.get("b", k -> "built " + k));
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("built b");
            assertThat(slow.isDone()).isFalse();
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("built a");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
