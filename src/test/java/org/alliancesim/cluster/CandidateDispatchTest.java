package org.alliancesim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gathering of a generation's candidates, without Hazelcast: members that answer in random
 * order, lose candidates, refuse them or run another build; the objectives come back in candidate
 * order, each candidate's first answer kept.
 */
class CandidateDispatchTest {
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
    private final List<String> said = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    static double objective(int index) {
        return -0.01 * index - 0.5;
    }

    /** Members by name: "ok*" answer after a random delay, "lossy" loses its first two, "refuser" refuses, "old" is unfit. */
    final class Fake implements CandidateDispatch.Members<String> {
        final List<String> names;
        final Random delays = new Random(7);
        final Map<String, AtomicInteger> given = new ConcurrentHashMap<>();
        final AtomicInteger lossyLost = new AtomicInteger();

        Fake(String... names) {
            this.names = List.of(names);
        }

        @Override
        public List<String> current() {
            return names;
        }

        @Override
        public String unfit(String m) {
            return m.equals("old") ? "it runs another build" : null;
        }

        @Override
        public boolean connected() {
            return true;
        }

        @Override
        public void submit(String m, int index, Consumer<CandidateOutcome> done, Consumer<Throwable> lost) {
            given.computeIfAbsent(m, k -> new AtomicInteger()).incrementAndGet();
            long delay;
            synchronized (delays) {
                delay = delays.nextInt(15);
            }
            timer.schedule(() -> {
                if (m.equals("refuser")) {
                    done.accept(CandidateOutcome.refused(index, "no data here"));
                } else if (m.equals("lossy") && lossyLost.getAndIncrement() < 2) {
                    lost.accept(new IllegalStateException("member left"));
                } else if (m.equals("broken")) {
                    done.accept(CandidateOutcome.failed(index, "the model refused to run"));
                } else {
                    done.accept(CandidateOutcome.done(index, objective(index)));
                }
            }, delay, TimeUnit.MILLISECONDS);
        }

        @Override
        public String name(String m) {
            return m;
        }
    }

    private CandidateDispatch<String> dispatch(Fake members, long graceMillis) {
        return new CandidateDispatch<>(members, 2, graceMillis, 20, said::add, n -> { });
    }

    @Test
    void objectivesComeBackInCandidateOrderWhateverOrderTheyFinishIn() throws Exception {
        Fake members = new Fake("ok1", "lossy", "refuser", "old", "ok2");
        CandidateDispatch<String> d = dispatch(members, 5_000);
        for (int n : new int[] {1, 9, 25}) {
            double[] r = d.run(n);
            assertThat(r).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(r[i]).as("candidate " + i).isEqualTo(objective(i));
            }
        }
        // a member that refused gets no more work: only what it held when its first refusal came back
        assertThat(members.given.get("refuser").get()).isBetween(1, 2);
        assertThat(members.given).doesNotContainKey("old");
        assertThat(members.lossyLost.get()).isGreaterThanOrEqualTo(2); // it lost two (then sat out 5 s as suspect)
        assertThat(said.stream().filter(s -> s.startsWith("member refuser refused"))).hasSizeBetween(1, 2);
        assertThat(said).anyMatch(s -> s.equals("refusing member old: it runs another build"))
                .anyMatch(s -> s.equals("member refuser refused a candidate: no data here"))
                .anyMatch(s -> s.startsWith("member lossy lost a candidate (IllegalStateException); it runs again elsewhere"));
        assertThat(said.stream().filter(s -> s.startsWith("refusing member old"))).hasSize(1);
    }

    @Test
    void aFailedCandidateStopsTheCalibration() {
        CandidateDispatch<String> d = dispatch(new Fake("broken"), 5_000);
        assertThatThrownBy(() -> d.run(3)).isInstanceOf(ClusterException.class)
                .hasMessageContaining("failed on member broken: the model refused to run");
    }

    @Test
    void noUsableMemberEndsTheBatchAfterTheGrace() {
        CandidateDispatch<String> d = dispatch(new Fake("old", "refuser"), 300);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> d.run(4)).isInstanceOf(ClusterException.class)
                .hasMessageContaining("no usable worker is left").hasMessageContaining("4 of the generation's 4");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    }
}
