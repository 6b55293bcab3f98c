package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancesim.experiment.DaemonPool;
import org.alliancesim.history.YearWorldSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backtest's pipeline on the synthetic world 1900-1911: worlds built on the pool ahead of the
 * theories' years, at most a window of them held, the same predictions whatever the thread count,
 * the window and the schedule.
 */
class YearPipelineTest {
    static final List<String> THEORIES = BacktestRunnerTest.THEORIES;
    static final int FIRST = SyntheticWorlds.FIRST;

    /** A source ({@link #worlds}) that checks, when a world is asked for, that the theories are close enough behind. */
    static final class Watched {
        final AtomicInteger theoryYears = new AtomicInteger();
        final List<String> tooEarly = new java.util.concurrent.CopyOnWriteArrayList<>();
        final YearWorldSource worlds;

        Watched(int ahead) {
            this.worlds = SyntheticWorlds.checked(year -> {
                // world y is built only after every theory has run year y - ahead (its slot freed)
                int needed = THEORIES.size() * Math.max(0, year - FIRST - ahead + 1);
                int done = theoryYears.get();
                if (done < needed) {
                    tooEarly.add(year + " asked for after " + done + " theory-years, " + needed + " needed");
                }
            });
        }
    }

    private static Map<String, List<YearPrediction>> sequential() throws Exception {
        var worlds = BacktestRunner.worlds(new SyntheticWorlds(), FIRST, SyntheticWorlds.LAST);
        return BacktestRunner.run(worlds, THEORIES, BacktestRunnerTest.settings(1));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "1,4", "2,1", "2,2", "2,4", "4,3", "4,12"})
    void predictionsAreTheChainsOwnWhateverTheThreadsAndTheWindow(int threads, int ahead) throws Exception {
        var expected = sequential();
        Watched source = new Watched(ahead);
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        ExecutorService pool = DaemonPool.fixed(threads, "test-pipeline");
        YearPipeline.Output out;
        try {
            out = YearPipeline.run(source.worlds, THEORIES, BacktestRunnerTest.settings(threads), ahead,
                    w -> seen.merge(w.year(), 1, Integer::sum), source.theoryYears::incrementAndGet, pool);
        } finally {
            pool.shutdownNow();
        }
        assertThat(out.runs().keySet()).containsExactlyElementsOf(THEORIES);
        for (String t : THEORIES) {
            List<YearPrediction> got = out.runs().get(t);
            assertThat(got).hasSize(12);
            for (int k = 0; k < 12; k++) {
                assertThat(got.get(k).year()).isEqualTo(FIRST + k);
                assertThat(got.get(k).levels()).containsExactly(expected.get(t).get(k).levels());
                assertThat(got.get(k).commitments()).containsExactly(expected.get(t).get(k).commitments());
            }
        }
        assertThat(seen).hasSize(12).allSatisfy((y, n) -> assertThat(n).as("year %d seen", y).isEqualTo(1));
        assertThat(out.mostWorldsHeld()).isBetween(1, ahead);
        assertThat(source.tooEarly).isEmpty();
        assertThat(source.theoryYears.get()).isEqualTo(12 * THEORIES.size());
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,3", "4,12"})
    void theEarliestYearsFailureIsReportedWhateverRanFirst(int threads, int ahead) throws Exception {
        YearWorldSource broken = SyntheticWorlds.failingIn(1904, 1906, 1909);
        for (int attempt = 0; attempt < 5; attempt++) {
            ExecutorService pool = DaemonPool.fixed(threads, "test-pipeline");
            try {
                assertThatThrownBy(() -> YearPipeline.run(broken, THEORIES, BacktestRunnerTest.settings(threads), ahead,
                        w -> { }, () -> { }, pool)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("no capital in 1904");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
