package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.alliancesim.history.YearWorldSource;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    static final int TRAIN_TO = 1906;

    static AllianceTable table() throws IOException {
        return AtopReader.read(SyntheticWorlds.fixture("atop-dyads-1899-1911.csv"), null);
    }

    static Calibration.Spec spec(int threads, int evaluations) {
        return new Calibration.Spec("balance-of-threat", List.of(ParameterPaths.of("balanceOfThreat.threatHalf"),
                ParameterPaths.of("ties.alignment")), 1900, TRAIN_TO, 4, p -> p, evaluations, 2, 3, threads);
    }

    /** A source ({@link #worlds}) that throws for every held-out year while {@code locked}. */
    static final class Guarded {
        final AtomicBoolean locked = new AtomicBoolean(true);
        final List<String> log = new ArrayList<>();
        final YearWorldSource worlds = SyntheticWorlds.checked(year -> {
            if (year > TRAIN_TO && locked.get()) {
                throw new AssertionError("held-out year " + year + " read while fitting");
            }
            log.add((locked.get() ? "fit " : "after ") + year);
        });
    }

    /** An alliance table that throws for every held-out year while {@code locked}. */
    static AllianceTable guarded(AllianceTable t, AtomicBoolean locked) {
        return org.alliancesim.backtest.atop.TableViews.reading(t, (inner, year, a, b) -> {
            if (year > TRAIN_TO && locked.get()) {
                throw new AssertionError("held-out ATOP year " + year + " read while fitting");
            }
            return inner.obligations(year, a, b);
        });
    }

    @Test
    void theFitNeverReadsAHeldOutYear() throws Exception {
        Guarded source = new Guarded();
        AllianceTable table = guarded(table(), source.locked);
        Calibration.Result r = Calibration.run(source.worlds, table, spec(2, 12), SyntheticWorlds.LAST, 20,
                fit -> source.locked.set(false));
        // every year read while fitting is a training year; the held-out years were read, after the fit
        assertThat(source.log).filteredOn(s -> s.startsWith("fit ")).allMatch(s -> Integer.parseInt(s.substring(4)) <= TRAIN_TO);
        assertThat(source.log).contains("after " + SyntheticWorlds.LAST);
        assertThat(r.scores().scores()).anyMatch(s -> s.theory().equals("balance-of-threat:fitted")
                && s.span().equals("1907-1911"));
    }

    @Test
    void theRestrictedViewsRefuseHeldOutYears() throws IOException {
        YearWorldSource s = YearSources.upTo(new SyntheticWorlds(), TRAIN_TO);
        assertThat(s.lastYear()).isEqualTo(TRAIN_TO);
        assertThatThrownBy(() -> s.world(TRAIN_TO + 1)).hasMessageContaining("held out");
        assertThatThrownBy(() -> Calibration.fit(s, table().upTo(TRAIN_TO),
                new Calibration.Spec("balance-of-threat", List.of(ParameterPaths.of("ties.alignment")), 1900, 1908, 4,
                        p -> p, 4, 1, 3, 1))).hasMessageContaining("1908");
    }

    @Test
    void theFitStaysInBoundsWithinBudgetAndIsNoWorseThanTheDefaults() throws Exception {
        var fit = Calibration.fit(YearSources.upTo(new SyntheticWorlds(), TRAIN_TO), table().upTo(TRAIN_TO), spec(2, 14));
        assertThat(fit.history()).hasSizeLessThanOrEqualTo(14).hasSizeGreaterThan(1);
        assertThat(fit.history().stream().map(Calibration.Evaluation::values).distinct().count())
                .as("no candidate is run twice").isEqualTo(fit.history().size());
        assertThat(fit.objective()).isLessThanOrEqualTo(fit.defaultObjective());
        assertThat(fit.values().get("balanceOfThreat.threatHalf")).isBetween(0.001, 1.0);
        assertThat(fit.values().get("ties.alignment")).isBetween(0.01, 1.0);
        // the first evaluation is the defaults
        assertThat(fit.history().get(0).values().get("balanceOfThreat.threatHalf")).isEqualTo(0.05);
        assertThat(fit.history().get(0).objective()).isEqualTo(fit.defaultObjective());
    }

    @Test
    void theFitDoesNotDependOnTheThreadCount() throws Exception {
        var a = Calibration.fit(YearSources.upTo(new SyntheticWorlds(), TRAIN_TO), table(), spec(1, 10));
        var b = Calibration.fit(YearSources.upTo(new SyntheticWorlds(), TRAIN_TO), table(), spec(3, 10));
        assertThat(b.history()).isEqualTo(a.history());
        assertThat(b.values()).isEqualTo(a.values());
    }

    /**
     * Any evaluator that returns a batch's objectives in candidate order gives the same fit, however
     * it schedules them (here: one candidate at a time, last first, each on a pool of its own, as
     * a cluster's members might finish them).
     */
    @Test
    void theFitIsTheSameWhereverTheCandidatesRun() throws Exception {
        var local = Calibration.fit(YearSources.upTo(new SyntheticWorlds(), TRAIN_TO), table(), spec(2, 16));
        List<Integer> batches = new ArrayList<>();
        CandidateEvaluator.Factory reversed = objective -> new CandidateEvaluator() {
            @Override
            public List<Double> objectives(List<java.util.Map<String, Double>> candidates) throws Exception {
                batches.add(candidates.size());
                Double[] out = new Double[candidates.size()];
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    var pool = java.util.concurrent.Executors.newFixedThreadPool(1);
                    try {
                        out[i] = objective.objective(candidates.get(i), pool);
                    } finally {
                        pool.shutdownNow();
                    }
                }
                return List.of(out);
            }

            @Override
            public void close() {
            }
        };
        var elsewhere = Calibration.fit(YearSources.upTo(new SyntheticWorlds(), TRAIN_TO), table(), spec(2, 16), e -> { },
                reversed);
        assertThat(elsewhere.history()).isEqualTo(local.history());
        assertThat(elsewhere.values()).isEqualTo(local.values());
        // the defaults alone, then whole generations (6 candidates for 2 parameters) until the budget
        assertThat(batches.get(0)).isEqualTo(1);
        assertThat(batches.size()).isGreaterThan(2);
        assertThat(batches).allMatch(n -> n <= 6);
    }

    @Test
    void parameterPathsCarryTheirDeclaredRange() {
        var p = ParameterPaths.of("balanceOfThreat.threatHalf");
        assertThat(p.min()).isEqualTo(0.001);
        assertThat(p.max()).isEqualTo(1);
        assertThat(p.defaultValue()).isEqualTo(0.05);
        var defaults = ParameterPaths.defaults("balance-of-threat");
        assertThat(defaults).extracting(ParameterPaths.Bounded::path)
                .containsExactly("balanceOfThreat.threatHalf", "balanceOfThreat.allyCapabilityWeight",
                        "balanceOfThreat.supplyWeight", "balanceOfThreat.positionWeight", "balanceOfThreat.denialWeight",
                        "balanceOfThreat.capabilityWeight", "ties.alignment");
        // the alignment threshold stays above the hysteresis (0.05) and below the coalition threshold (0.5)
        var alignment = defaults.get(defaults.size() - 1);
        assertThat(alignment.min()).isCloseTo(0.06, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(alignment.max()).isCloseTo(0.49, org.assertj.core.api.Assertions.within(1e-12));
        assertThatThrownBy(() -> ParameterPaths.of("balanceOfThreat.threathalf")).hasMessageContaining("no parameter 'threathalf'")
                .hasMessageContaining("threatHalf");
        assertThatThrownBy(() -> ParameterPaths.of("balanceOfThreat")).hasMessageContaining("not a number");
    }

    @Test
    void infeasibleCandidatesScoreWorst() throws Exception {
        // alignment above the coalition threshold (0.5) is refused by the model's checks
        var s = new Calibration.Spec("balance-of-threat", List.of(new ParameterPaths.Bounded("ties.alignment", 0.6, 0.9,
                0.7)), 1900, 1902, 4, p -> p, 3, 1, 3, 1);
        var fit = Calibration.fit(new SyntheticWorlds(), table(), s);
        assertThat(fit.history()).allMatch(e -> e.objective() == Calibration.INFEASIBLE);
    }
}
