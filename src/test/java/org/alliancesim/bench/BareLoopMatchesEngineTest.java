package org.alliancesim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.ThreatParams;
import org.alliancesim.world.TieParams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bare loop is an honest bound only if it does the engine's work: on seeded random worlds
 * every threat, desire, commitment and level must agree with the engine's after every step. Under
 * the default parameters (the interacting model: alliance aggregates, supply side, coalition,
 * weaker side, learning), without perception noise and with the default noise (the default
 * generator draws only for perception, so both runs draw the same numbers in the same order), and,
 * on a few worlds, under the independent-dyad model and two switched rules (contest-form threat,
 * Nash bargaining), so the bare loop's branches are checked too.
 */
class BareLoopMatchesEngineTest {
    private static final int STEPS = 25;

    static Stream<Arguments> worlds() {
        long[] sizes = {2, 3, 7, 10, 31, 60};
        Parameters d = Parameters.DEFAULTS;
        Parameters contest = new Parameters(new ThreatParams(1, 1, 1, 1.5, ThreatParams.Form.CONTEST, 1.5),
                d.proximity(), d.power(), d.perception(), d.ties(), d.balanceOfThreat(), d.waltBandwagoning(),
                d.interests(), d.schweller(), d.balanceOfPower(), d.interdependence(), d.identity(), d.landscape(),
                d.alliances(), d.learning());
        TieParams t = d.ties();
        Parameters nash = new Parameters(d.threat(), d.proximity(), d.power(), d.perception(),
                new TieParams(t.alignment(), t.coalition(), t.alliance(), t.adjustment(), t.hysteresis(),
                        TieParams.Bargaining.NASH_TRANSFER, t.cost()),
                d.balanceOfThreat(), d.waltBandwagoning(), d.interests(), d.schweller(), d.balanceOfPower(),
                d.interdependence(), d.identity(), d.landscape(), d.alliances(), d.learning());
        Stream<Arguments> defaults = LongStream.range(0, 12)
                .mapToObj(s -> Arguments.of((int) sizes[(int) (s % sizes.length)], 1000 + s, "defaults", d, 0.0));
        Stream<Arguments> noisy = LongStream.range(0, 4)
                .mapToObj(s -> Arguments.of((int) sizes[(int) (s % sizes.length) + 2], 3000 + s, "defaults, noise", d,
                        RandomWorld.DEFAULT_NOISE));
        Stream<Arguments> others = Stream.of(
                Arguments.of(31, 2001L, "independent dyads", d.independentDyads(), 0.0),
                Arguments.of(60, 2002L, "independent dyads", d.independentDyads(), 0.0),
                Arguments.of(31, 2003L, "contest threat", contest, 0.0),
                Arguments.of(60, 2004L, "nash bargaining", nash, 0.0));
        return Stream.concat(Stream.concat(defaults, noisy), others);
    }

    @ParameterizedTest(name = "N={0}, seed={1}, {2}")
    @MethodSource("worlds")
    void sameNumbersAsTheEngine(int n, long seed, String label, Parameters parameters, double noise) {
        RandomWorld world = RandomWorld.generate(n, seed, noise, parameters);
        AllianceModel model = new AllianceModel(world.toScenario(STEPS), null, seed);
        BareLoop bare = new BareLoop(world, seed);
        model.start();
        int positive = 0;
        for (int t = 0; t < STEPS; t++) {
            model.schedule.step(model);
            bare.step();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String at = "step " + t + ", pair " + i + "-" + j + " (" + model.moduleName(i) + ")";
                    assertThat(bare.threat(i, j)).as("threat, " + at).isEqualTo(model.view().threat(i, j));
                    assertThat(bare.desire(i, j)).as("desire, " + at).isEqualTo(model.desire(i, j));
                    assertThat(bare.commitment(i, j)).as("commitment, " + at)
                            .isEqualTo(model.ties().commitment(i, j));
                    assertThat(bare.level(i, j)).as("level, " + at).isEqualTo(model.ties().level(i, j).ordinal());
                    positive += model.desire(i, j) > 0 ? 1 : 0;
                }
            }
        }
        // Not a vacuous comparison: the modules want something, and in larger worlds ties form.
        if (n >= 7) {
            assertThat(positive).isPositive();
        }
        if (n >= 30) {
            assertThat(model.changes()).isNotEmpty();
        }
    }
}
