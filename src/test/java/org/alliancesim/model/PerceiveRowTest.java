package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Clip;
import org.alliancesim.world.Level;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.RandomInputs;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass row ({@link PerceiveRow}) gives, bit for bit, the numbers and the draws of the
 * separate passes it replaced (perception, then guilt by association, reliability and delivery,
 * each over the whole row, with the setters), on seeded random worlds: random inputs, signals,
 * ties, desires (zero, negative, larger and smaller than the desire back), deliveries in full,
 * rows of gains all zero, and rates and noise each sometimes zero; three steps, the assessment
 * taken again between them.
 */
class PerceiveRowTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOnePassRowGivesTheNumbersAndDrawsOfSeparatePasses(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        WorldInputs fused = RandomInputs.of(seed);
        int n = fused.size();
        for (Channel ch : Channel.values()) {
            for (int i = 0; i < n; i++) {
                if (r.nextInt(4) == 0) {
                    for (int j = 0; j < n; j++) {
                        fused.setGain(i, j, ch, 0);
                    }
                }
            }
        }
        Signals signals = new Signals(n);
        TieBook ties = new TieBook(n);
        double[][] desire = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                signals.intent[i][j] = r.nextDouble();
                signals.delivered[i][j] = r.nextInt(3) == 0 ? 1 : r.nextDouble();
                if (r.nextInt(3) == 0) {
                    fused.setDelivered(i, j, 1);
                }
                int kind = r.nextInt(5);
                desire[i][j] = kind == 0 ? 0 : kind == 1 ? -r.nextDouble() : r.nextDouble();
                if (j > i && r.nextBoolean()) {
                    ties.set(i, j, r.nextDouble(), Level.COALITION);
                }
            }
        }
        if (n > 2) {
            desire[1][0] = desire[0][1]; // as much wanted back as wanted
        }
        WorldInputs separate = new WorldInputs(fused);
        PerceptionParams p = new PerceptionParams(0.05 + 0.9 * r.nextDouble(), r.nextInt(4) == 0 ? 0 : 0.3 * r.nextDouble(),
                0.2, 0.8);
        LearningParams learning = new LearningParams(rate(r), rate(r), rate(r));
        PerceptionNoise fusedNoise = PerceptionNoise.create(p.generator(), seed);
        PerceptionNoise separateNoise = PerceptionNoise.create(p.generator(), seed);
        Assessment fusedView = RandomInputs.assess(fused);
        Assessment separateView = RandomInputs.assess(separate);
        PerceiveRow rows = new PerceiveRow(fused, signals, ties, desire);
        for (int step = 0; step < 3; step++) {
            fusedView.recompute(ties);
            separateView.recompute(ties);
            for (int i = 0; i < n; i++) {
                rows.update(i, p, learning, fusedView, fusedNoise);
                SeparatePasses.perceive(separate, signals, p, separateNoise, i);
                SeparatePasses.learn(separate, separateView, ties, desire, learning, i);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String cell = "step " + step + " " + i + "-" + j;
                    assertThat(fused.intent(i, j)).as("intent " + cell).isEqualTo(separate.intent(i, j));
                    assertThat(fused.delivered(i, j)).as("delivered " + cell).isEqualTo(separate.delivered(i, j));
                    assertThat(fused.credibility(i, j)).as("credibility " + cell).isEqualTo(separate.credibility(i, j));
                    for (Channel ch : Channel.values()) {
                        assertThat(fused.gain(i, j, ch)).as(ch + " gain " + cell).isEqualTo(separate.gain(i, j, ch));
                    }
                }
            }
            assertThat(fusedNoise.nextGaussian()).as("the same draws, as many").isEqualTo(separateNoise.nextGaussian());
        }
    }

    private static double rate(SplittableRandom r) {
        return r.nextInt(4) == 0 ? 0 : r.nextDouble();
    }

    /** The passes as the engine took them before they were one (each a pass over i's row). */
    private static final class SeparatePasses {
        static void perceive(WorldInputs in, Signals signals, PerceptionParams p, PerceptionNoise random, int i) {
            int n = in.size();
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double x = in.intent(i, j);
                x += p.adjustment() * (signals.intent[i][j] - x);
                if (p.noise() > 0) {
                    x += p.noise() * random.nextGaussian();
                }
                in.setIntent(i, j, clamp(x));
                double d = in.delivered(i, j);
                in.setDelivered(i, j, clamp(d + p.adjustment() * (signals.delivered[i][j] - d)));
            }
        }

        static void learn(WorldInputs in, WorldView previous, TieBook ties, double[][] desire, LearningParams l, int i) {
            int n = in.size();
            int first = previous.principalThreat(i, -1);
            int second = first < 0 ? -1 : previous.principalThreat(i, first);
            double salience = first < 0 ? 0 : previous.threat(i, first);
            if (l.intentFromAlignment() > 0) {
                for (int j = 0; j < n; j++) {
                    int k = first != j ? first : second;
                    double association = i == j || k < 0 ? 0 : ties.commitment[k][j];
                    if (association > 0) {
                        double x = in.intent(i, j);
                        in.setIntent(i, j, x + l.intentFromAlignment() * association * (1 - x));
                    }
                }
            }
            if (l.credibilityFromReliability() > 0 && salience > 0) {
                for (int j = 0; j < n; j++) {
                    if (i != j && desire[i][j] > 0) {
                        double observed = Clip.atMostOne(desire[j][i] / desire[i][j]);
                        double c = in.credibility(i, j);
                        in.setCredibility(i, j, c + l.credibilityFromReliability() * salience * (observed - c));
                    }
                }
            }
            if (l.gainsFromDelivery() > 0) {
                for (int j = 0; j < n; j++) {
                    double shortfall = 1 - in.delivered(i, j);
                    if (i != j && shortfall > 0) {
                        double keep = 1 - l.gainsFromDelivery() * shortfall;
                        for (Channel ch : Channel.values()) {
                            in.setGain(i, j, ch, in.gain(i, j, ch) * keep);
                        }
                    }
                }
            }
        }

        private static double clamp(double v) {
            return v < 0 ? 0 : v > 1 ? 1 : v;
        }
    }
}
