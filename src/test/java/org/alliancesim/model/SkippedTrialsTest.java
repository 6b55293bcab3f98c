package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.Channel;
import org.alliancesim.world.CounterfactualViews;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trial that cause attribution skips ({@link CauseAttributor#skipped}) would have recovered
 * exactly nothing: on seeded random worlds run for a few steps after a snapshot (perception and
 * learning move intents, credibility and gains), with and without random moves of the inputs the
 * skipped trials put back (reach, offense, trade, aims, gains), every theory's desire on each
 * skipped cause's trial view equals its desire on the base view bit for bit, for every pair; and
 * some trials are skipped. A module that says it never reads the gains ({@link DecisionModule#readsGains})
 * gives the same desires, bit for bit, after every expected and delivered gain moves.
 */
class SkippedTrialsTest {

    static Stream<Arguments> worlds() {
        return IntStream.range(0, 6).mapToObj(k -> Arguments.of(5 + 3 * k, 700L + k, k % 2 == 1));
    }

    @ParameterizedTest(name = "N={0}, seed={1}, inputs moved: {2}")
    @MethodSource("worlds")
    void aSkippedTrialWouldRecoverExactlyNothing(int n, long seed, boolean moved) {
        SplittableRandom r = new SplittableRandom(seed);
        AllianceModel model = runFor(3, n, seed);
        WorldInputs now = (WorldInputs) model.inputs();
        WorldInputs then = now.snapshot();
        model.runSteps(3);
        if (moved) {
            move(now, r);
        }
        Parameters p = model.scenario().parameters();
        CounterfactualViews views = new CounterfactualViews(p.threat(), p.proximity(), p.power(),
                ((Assessment) model.view()).alliances());
        int[] skipped = new int[Cause.values().length];
        for (Theories theory : Theories.values()) {
            DecisionModule module = theory.create(p.theories());
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    for (Cause c : Cause.values()) {
                        if (!CauseAttributor.skipped(c, then, now, i, module)) {
                            continue;
                        }
                        skipped[c.ordinal()]++;
                        double base = module.desire(views.base(now), i, j);
                        TrialInputs trial = new TrialInputs(now, then, c, i, j, Set.of());
                        double recovered = module.desire(views.trial(trial, trial), i, j);
                        assertThat(Double.doubleToRawLongBits(recovered))
                                .as("%s, %s trial of %d-%d", theory, c, i, j)
                                .isEqualTo(Double.doubleToRawLongBits(base));
                    }
                }
            }
        }
        assertThat(skipped[Cause.S2.ordinal()]).as("S2 trials skipped").isPositive();
        assertThat(skipped[Cause.W3.ordinal()]).as("W3 trials skipped").isPositive();
        if (!moved) {
            assertThat(skipped[Cause.OTHER.ordinal()]).as("other trials skipped").isPositive();
        }
    }

    @ParameterizedTest(name = "N={0}, seed={1}")
    @MethodSource("worlds")
    void aModuleThatReadsNoGainsIsNotMovedByThem(int n, long seed, boolean unused) {
        SplittableRandom r = new SplittableRandom(seed);
        AllianceModel model = runFor(3, n, seed);
        WorldInputs now = (WorldInputs) model.inputs();
        WorldView view = model.view();
        int checked = 0;
        for (Theories theory : Theories.values()) {
            DecisionModule module = theory.create(model.scenario().parameters().theories());
            if (module.readsGains()) {
                continue;
            }
            double[][] before = desires(module, view, n);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    now.setDelivered(a, b, r.nextDouble());
                    for (Channel ch : Channel.values()) {
                        now.setGain(a, b, ch, r.nextDouble());
                    }
                }
            }
            double[][] after = desires(module, view, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(Double.doubleToRawLongBits(after[i][j])).as("%s: %d toward %d", theory, i, j)
                            .isEqualTo(Double.doubleToRawLongBits(before[i][j]));
                }
            }
            checked++;
        }
        assertThat(checked).isPositive();
    }

    /** A seeded random world of n states run for some steps (noisy: ties stand and inputs move). */
    private static AllianceModel runFor(int steps, int n, long seed) {
        AllianceModel model = new AllianceModel(RandomWorld.generate(n, seed, 0.05).toScenario(12), null, seed);
        model.runSteps(steps);
        return model;
    }

    private static double[][] desires(DecisionModule module, WorldView view, int n) {
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            module.desires(view, i, d[i]);
        }
        return d;
    }

    /** Moves, at random states, the inputs the skipped trials put back. */
    private static void move(WorldInputs w, SplittableRandom r) {
        int n = w.size();
        for (int k = 0; k < n; k++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            switch (r.nextInt(5)) {
                case 0 -> w.setReach(a, 0.5 + 2 * r.nextDouble());
                case 1 -> w.setOffense(a, b, r.nextDouble());
                case 2 -> w.setTrade(a, b, r.nextDouble());
                case 3 -> w.setGain(a, b, Channel.values()[r.nextInt(Channel.values().length)], r.nextDouble());
                default -> w.setRevisionism(a, Revisionism.values()[r.nextInt(Revisionism.values().length)]);
            }
        }
    }
}
